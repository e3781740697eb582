import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import type { Logger } from "@medusajs/framework/types"
import { revalidateStorefront, storefrontServers } from "./storefront-revalidation"

describe("storefrontServers", () => {
  it("tells every listed replica, else the one storefront", () => {
    expect(storefrontServers({ STOREFRONT_REVALIDATE_URLS: "http://web-1:8000, http://web-2:8000,", STOREFRONT_URL: "https://ocop.example.vn" })).toEqual([
      "http://web-1:8000",
      "http://web-2:8000",
    ])
    expect(storefrontServers({ STOREFRONT_URL: "https://ocop.example.vn" })).toEqual(["https://ocop.example.vn"])
    expect(storefrontServers({})).toEqual(["http://localhost:8000"])
  })
})

describe("revalidateStorefront", () => {
  /**
   * A storefront replica that answers each call with the next status, then 200, noting the tags it
   * was sent; with `answerAfter`, only once that promise settles.
   */
  async function replica(statuses: number[], answerAfter?: Promise<unknown>) {
    const calls: string[][] = []
    const server = createServer(async (request, response) => {
      calls.push(new URL(request.url ?? "/", "http://storefront.test").searchParams.getAll("tag"))
      await answerAfter
      response.writeHead(statuses.shift() ?? 200).end()
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server }
  }
  const close = (server: Server) => new Promise((resolve) => server.close(resolve))
  const warnings: string[] = []
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as Logger

  beforeEach(() => {
    warnings.length = 0
    process.env.REVALIDATE_SECRET = "test-secret"
  })
  afterEach(() => {
    delete process.env.REVALIDATE_SECRET
  })

  it("asks a replica that failed again until it answers, while a lost replica holds back no other", async () => {
    const restarting = await replica([503, 502])
    const healthy = await replica([])
    // A slow one answers only once the healthy one was told: were replicas told one after another, its call would time out.
    const slow = await replica([], new Promise((resolve) => healthy.server.once("request", resolve)))
    const lost = await replica([])
    await close(lost.server)
    try {
      await revalidateStorefront(logger, ["products", "product:mat-ong-rung-huong-rung"], {
        servers: [lost.url, slow.url, restarting.url, healthy.url],
        retryDelaysMs: [1, 1, 1],
      })
      expect(restarting.calls).toEqual([
        ["products", "product:mat-ong-rung-huong-rung"],
        ["products", "product:mat-ong-rung-huong-rung"],
        ["products", "product:mat-ong-rung-huong-rung"],
      ])
      expect(healthy.calls).toEqual([["products", "product:mat-ong-rung-huong-rung"]])
      expect(slow.calls).toEqual([["products", "product:mat-ong-rung-huong-rung"]])
      // The lost one is given up on after its tries, saying so.
      expect(warnings).toEqual([expect.stringContaining(`${lost.url} could not be asked to revalidate products, product:mat-ong-rung-huong-rung after 4 tries`)])
    } finally {
      await Promise.all([close(restarting.server), close(healthy.server), close(slow.server)])
    }
  })

  it("does not ask again when the storefront refuses the call itself", async () => {
    const refusing = await replica([401])
    try {
      await revalidateStorefront(logger, ["products"], { servers: [refusing.url], retryDelaysMs: [1, 1, 1] })
      expect(refusing.calls).toEqual([["products"]])
      expect(warnings).toEqual([expect.stringContaining("refused to revalidate products: 401")])
    } finally {
      await close(refusing.server)
    }
  })
})
