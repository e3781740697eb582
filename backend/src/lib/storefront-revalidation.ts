/**
 * Tells the storefront which cached pages a change makes stale. Its product, producer and
 * province pages are cached whole and tagged with what they read: a product's own page by
 * `product:<handle>`, the lists of a producer's and a province's products (their pages, and the
 * shelves of every product page beside them) by `producer:<handle>` and `province:<code>`, and the
 * lists across the whole catalogue by `products`. Its POST /api/revalidate gets exactly those
 * tags, so one product's change refreshes the pages that show it and leaves the others cached.
 */
import type { Logger, RemoteQueryFunction } from "@medusajs/framework/types"
import { CACHE_TAGS, tagsOfProducer, tagsOfProduct } from "@ocop/domain/cache-tags"
import { storefrontUrl } from "./storefront-url"

type Query = Omit<RemoteQueryFunction, symbol>

/** The storefront refuses longer tag lists no more than it needs them: one request per this many. */
const TAGS_PER_REQUEST = 50
const TIMEOUT_MS = 5000
/** Waits before each retry of a failed call: a storefront restarting or briefly overloaded answers a moment later. */
const RETRY_DELAYS_MS = [500, 2000, 8000] as const

export function isStorefrontRevalidationOn(): boolean {
  return Boolean(process.env.REVALIDATE_SECRET?.trim())
}

/** The tags of the pages that show these products; deleted ones are still found by their handle. */
export async function storefrontTagsOfProducts(query: Query, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return [CACHE_TAGS.products]
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle", "producer.handle", "producer.province_code"],
    filters: { id: productIds },
    withDeleted: true,
  })
  type Row = { handle: string; producer?: { handle: string; province_code: string } | null }
  return [...new Set([CACHE_TAGS.products, ...(data as Row[]).flatMap(tagsOfProduct)])]
}

/** The tags of a producer's own data (name, story, address), shown on its page and the producer list. */
export async function storefrontTagsOfProducers(query: Query, producerIds: string[]): Promise<string[]> {
  if (!producerIds.length) return []
  const { data } = await query.graph({ entity: "producer", fields: ["handle"], filters: { id: producerIds } })
  return [...new Set((data as { handle: string }[]).flatMap(tagsOfProducer))]
}

/**
 * Sends the tags and waits for the answers. Each storefront server is told on its own, so one that
 * is down or slow, retried with backoff, holds back no other.
 */
export async function revalidateStorefront(
  logger: Logger,
  tags: string[],
  { servers = storefrontServers(), retryDelaysMs = RETRY_DELAYS_MS }: { servers?: string[]; retryDelaysMs?: readonly number[] } = {}
) {
  const secret = process.env.REVALIDATE_SECRET?.trim()
  if (!secret) return
  const requests: string[][] = []
  for (let start = 0; start < tags.length; start += TAGS_PER_REQUEST) requests.push(tags.slice(start, start + TAGS_PER_REQUEST))
  await Promise.all(
    servers.map(async (server) => {
      for (const batch of requests) await postWithRetry(logger, server, batch, secret, retryDelaysMs)
    })
  )
}

/**
 * Every storefront server keeps its own page cache: replicas are each told, listed in
 * STOREFRONT_REVALIDATE_URLS (comma-separated), else the one STOREFRONT_URL.
 */
export function storefrontServers(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.STOREFRONT_REVALIDATE_URLS ?? "").split(",").map((url) => url.trim()).filter(Boolean)
  return listed.length ? listed : [storefrontUrl(env)]
}

/** Whether a failed call may succeed when asked again: the server was unreachable, overloaded or restarting. */
const isTransient = (status: number) => status === 408 || status === 429 || status >= 500

async function postWithRetry(logger: Logger, server: string, tags: string[], secret: string, retryDelaysMs: readonly number[]) {
  const url = new URL("/api/revalidate", server)
  for (const tag of tags) url.searchParams.append("tag", tag)
  for (let attempt = 0; ; attempt++) {
    let failure: string
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      if (response.ok) return
      failure = `${response.status} ${await response.text()}`
      if (!isTransient(response.status)) {
        logger.warn(`The storefront at ${server} refused to revalidate ${tags.join(", ")}: ${failure}`)
        return
      }
    } catch (error) {
      failure = (error as Error).message
    }
    const delay = retryDelaysMs[attempt]
    if (delay === undefined) {
      // A storefront down this long has likely restarted since, with nothing cached; its pages expire on their own anyway.
      logger.warn(`The storefront at ${server} could not be asked to revalidate ${tags.join(", ")} after ${attempt + 1} tries: ${failure}`)
      return
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}
