import { request as httpRequest, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import { createRequire } from "node:module"
import { hardenExpress } from "./security-headers"

const express = createRequire(require.resolve("@medusajs/medusa"))("express")

function headersOf(port: number, path: string): Promise<IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: "127.0.0.1", port, path }, (res) => {
      res.resume()
      res.on("end", () => resolve(res.headers))
    })
      .on("error", reject)
      .end()
  })
}

describe("hardenExpress", () => {
  it("takes X-Powered-By off every answer and keeps the Admin out of other sites' frames", async () => {
    hardenExpress(express)
    hardenExpress(express) // twice is once
    const app = express()
    // As Medusa mounts the Admin: before, and outside, any project middleware.
    app.use("/app", (_req: unknown, res: { send(body: string): void }) => res.send("admin"))
    app.get("/store/products", (_req: unknown, res: { json(body: unknown): void }) => res.json({ products: [] }))
    const server = app.listen(0)
    await new Promise((resolve) => server.once("listening", resolve))
    try {
      const { port } = server.address() as AddressInfo
      const admin = await headersOf(port, "/app/orders")
      expect(admin["x-powered-by"]).toBeUndefined()
      expect(admin["x-frame-options"]).toBe("DENY")
      expect(admin["content-security-policy"]).toBe("frame-ancestors 'none'")
      expect(admin["x-content-type-options"]).toBe("nosniff")
      const store = await headersOf(port, "/store/products")
      expect(store["x-powered-by"]).toBeUndefined()
      expect(store["x-frame-options"]).toBeUndefined()
      expect((await headersOf(port, "/apple"))["x-frame-options"]).toBeUndefined()
    } finally {
      server.close()
    }
  })
})
