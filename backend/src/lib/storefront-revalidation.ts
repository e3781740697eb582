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
/** Changes gathered into one call: a seed or an order touches many products at once. */
const GATHER_MS = 100
const TIMEOUT_MS = 5000

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

let pendingTags = new Set<string>()
let gatherTimer: NodeJS.Timeout | undefined

/** Gathers tags for a moment and sends them in as few calls as the storefront accepts. */
export function revalidateStorefront(logger: Logger, tags: Iterable<string>) {
  if (!isStorefrontRevalidationOn()) return
  for (const tag of tags) pendingTags.add(tag)
  if (gatherTimer || pendingTags.size === 0) return
  gatherTimer = setTimeout(async () => {
    gatherTimer = undefined
    const all = [...pendingTags]
    pendingTags = new Set()
    await revalidateStorefrontNow(logger, all)
  }, GATHER_MS)
}

/** Sends the tags at once and waits for the answers: for a script that exits when it is done. */
export async function revalidateStorefrontNow(logger: Logger, tags: string[]) {
  if (!isStorefrontRevalidationOn()) return
  for (let start = 0; start < tags.length; start += TAGS_PER_REQUEST) {
    await post(logger, tags.slice(start, start + TAGS_PER_REQUEST))
  }
}

/**
 * Every storefront server keeps its own page cache: replicas are each told, listed in
 * STOREFRONT_REVALIDATE_URLS (comma-separated), else the one STOREFRONT_URL.
 */
export function storefrontServers(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.STOREFRONT_REVALIDATE_URLS ?? "").split(",").map((url) => url.trim()).filter(Boolean)
  return listed.length ? listed : [storefrontUrl(env)]
}

async function post(logger: Logger, tags: string[]) {
  await Promise.all(storefrontServers().map((server) => postTo(logger, server, tags)))
}

async function postTo(logger: Logger, server: string, tags: string[]) {
  const secret = process.env.REVALIDATE_SECRET?.trim()
  if (!secret) return
  const url = new URL("/api/revalidate", server)
  for (const tag of tags) url.searchParams.append("tag", tag)
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) logger.warn(`The storefront at ${server} refused to revalidate ${tags.join(", ")}: ${response.status} ${await response.text()}`)
  } catch (error) {
    // A storefront that is down has nothing cached to refresh; its pages expire on their own anyway.
    logger.warn(`The storefront at ${server} could not be asked to revalidate ${tags.join(", ")}: ${(error as Error).message}`)
  }
}
