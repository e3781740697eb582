/** Helpers for integration tests that need a search engine or wait for what follows a write. */
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { startMeilisearch } from "../../scripts/local-services"
import { findFreePort } from "../../scripts/ports"

/** A Meilisearch of the suite's own (the npm-shipped binary on a free port, data in a temporary directory). */
export async function startTestMeilisearch() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "ocop-meilisearch-"))
  const masterKey = `test-master-key-${process.pid}-${Date.now()}`
  const meilisearch = await startMeilisearch({ dataDir, port: await findFreePort(), masterKey })
  return {
    host: meilisearch.host,
    masterKey,
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
