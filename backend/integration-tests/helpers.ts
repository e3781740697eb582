/** Helpers for integration tests that need a search engine, wait for what follows a write, need a customer, or upload as a proxy may. */
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { request as httpRequest } from "node:http"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { startMeilisearch } from "../../scripts/local-services"
import { findFreePort } from "../../scripts/ports"
import { CONFIRM_EMAIL_TEMPLATE } from "../src/subscribers/send-registration-confirmation"

/** What the test runner's HTTP client answers: the status and the body as JSON. */
export type Answer = { status: number; data: any }

/** The test runner's HTTP client, as the specs call it (axios underneath; a 4xx throws unless read through `answer`). */
export type Api = {
  get: (url: string, config?: unknown) => Promise<Answer>
  post: (url: string, body?: unknown, config?: unknown) => Promise<Answer>
  delete: (url: string, config?: unknown) => Promise<Answer>
}

/** A Meilisearch of the suite's own (the npm-shipped binary on a free port, data in a temporary directory). */
export async function startTestMeilisearch() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "ocop-meilisearch-"))
  const masterKey = `test-master-key-${process.pid}-${Date.now()}`
  const port = await findFreePort()
  let meilisearch = await startMeilisearch({ dataDir, port, masterKey })
  return {
    host: meilisearch.host,
    masterKey,
    /** Stops the server and keeps its data, as an outage would; `resume` starts it again at the same address. */
    pause: () => meilisearch.stop(),
    resume: async () => {
      meilisearch = await startMeilisearch({ dataDir, port, masterKey })
    },
    stop: async () => {
      await meilisearch.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Reads until `accept` takes the value (search follows writes within moments), else fails showing the last one. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T
  do {
    last = await read()
    if (accept(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 50))
  } while (Date.now() < deadline)
  throw new Error(`Still not as expected after ${timeoutMs} ms: ${JSON.stringify(last).slice(0, 2000)}`)
}

/** A call's response whether the API refused it or not (axios throws on 4xx and 5xx), to read its status, headers and body alike. */
export async function answer<Response extends { status: number }>(request: Promise<Response>): Promise<Response> {
  try {
    return await request
  } catch (error) {
    const response = (error as { response?: Response }).response
    if (!response) throw error
    return response
  }
}

/** Enough of the client to sign a customer up. */
type PostingApi = Pick<Api, "post">

/** The confirmation links sent to `email` so far, oldest first, once there are at least `count`. */
export async function confirmationLinks(container: MedusaContainer, email: string, count = 1): Promise<URL[]> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const sent = await eventually(
    () => notifications.listNotifications({ to: email, template: CONFIRM_EMAIL_TEMPLATE }),
    (found) => found.length >= count,
  )
  return sent
    .toSorted((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .map((notification) => new URL(String(notification.data?.confirm_url)))
}

/**
 * A customer registered as the storefront registers one (`POST /store/registrations`, then the
 * token of the link the email holds, confirmed), and their session token, as a sign-in gives it.
 * `storeHeaders` carries the publishable key.
 */
export async function registerCustomer(
  api: PostingApi,
  container: MedusaContainer,
  storeHeaders: { headers: Record<string, string> },
  { email, password = "ocop-test-2025", first_name = "Lan", last_name = "Nguyễn", phone = "0912345678" }: {
    email: string
    password?: string
    first_name?: string
    last_name?: string
    phone?: string
  },
): Promise<string> {
  await api.post("/store/registrations", { email, password, first_name, last_name, phone }, storeHeaders)
  const [link] = await confirmationLinks(container, email)
  const { data } = await api.post("/store/registrations/confirm", { token: link!.searchParams.get("token") }, storeHeaders)
  return data.token as string
}

/** A multipart upload of one file sent chunked, without a Content-Length (as a proxy may send it); its status and JSON body. */
export function chunkedUpload(url: string, headers: Record<string, string>, field: string, file: Buffer): Promise<{ status: number; data: any }> {
  const boundary = "ocop-photo-boundary-0123456789"
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" } })
    request.on("response", (response) => {
      let body = ""
      response.on("data", (chunk: Buffer) => (body += chunk.toString()))
      response.on("end", () => {
        request.destroy()
        resolve({ status: response.statusCode ?? 0, data: JSON.parse(body || "{}") })
      })
    })
    request.on("error", reject)
    request.write(`--${boundary}\r\ncontent-disposition: form-data; name="${field}"; filename="IMG_0060.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`)
    const chunk = 1024 * 1024
    let sent = 0
    const more = () => {
      while (sent < file.length) {
        const piece = file.subarray(sent, sent + chunk)
        sent += piece.length
        if (!request.write(piece)) return request.once("drain", more)
      }
      request.end(`\r\n--${boundary}--\r\n`)
    }
    more()
  })
}
