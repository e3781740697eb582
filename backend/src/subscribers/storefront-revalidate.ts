/**
 * Tells the storefront which cached pages a change makes stale: the product pages, pavilions and
 * producer pages are cached whole and tagged with what they read, so after a change to a product,
 * its stock, certificates or producer the storefront's POST /api/revalidate gets those tags and the
 * next buyer sees the change, not a copy up to a minute old.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_UPDATED_EVENT } from "../workflows/update-producer"
import { type EventData, productsOf } from "./product-search-sync"

/** The storefront refuses longer tag lists no more than it needs them: one request per this many. */
const TAGS_PER_REQUEST = 50
/** Changes gathered into one call: a seed or an order touches many products at once. */
const GATHER_MS = 100
const TIMEOUT_MS = 5000
/** The handles the storefront's tag pattern accepts; one it would refuse would fail the whole call. */
const HANDLE = /^[a-z0-9-]+$/

let pendingTags = new Set<string>()
let gatherTimer: NodeJS.Timeout | undefined

function queueRevalidation(logger: Logger, tags: string[]) {
  for (const tag of tags) pendingTags.add(tag)
  if (gatherTimer) return
  gatherTimer = setTimeout(async () => {
    gatherTimer = undefined
    const all = [...pendingTags]
    pendingTags = new Set()
    for (let start = 0; start < all.length; start += TAGS_PER_REQUEST) {
      await revalidate(logger, all.slice(start, start + TAGS_PER_REQUEST))
    }
  }, GATHER_MS)
}

async function revalidate(logger: Logger, tags: string[]) {
  const secret = process.env.REVALIDATE_SECRET?.trim()
  if (!secret) return
  const url = new URL("/api/revalidate", process.env.STOREFRONT_URL?.trim() || "http://localhost:8000")
  for (const tag of tags) url.searchParams.append("tag", tag)
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) logger.warn(`The storefront refused to revalidate ${tags.join(", ")}: ${response.status} ${await response.text()}`)
  } catch (error) {
    // A storefront that is down has nothing cached to refresh; its pages expire on their own anyway.
    logger.warn(`The storefront could not be asked to revalidate ${tags.join(", ")}: ${(error as Error).message}`)
  }
}

export default async function revalidateStorefront({ event, container }: SubscriberArgs<EventData>) {
  if (!process.env.REVALIDATE_SECRET?.trim()) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productIds = await productsOf[event.name]!(event.data, query)
  const tags = ["products"]
  if (productIds.length) {
    const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: productIds }, withDeleted: true })
    for (const { handle } of data as { handle: string }[]) if (HANDLE.test(handle)) tags.push(`product:${handle}`)
  }
  if (event.name === PRODUCER_UPDATED_EVENT) {
    const { data } = await query.graph({ entity: "producer", fields: ["handle"], filters: { id: [event.data.id ?? []].flat() } })
    tags.push("producers")
    for (const { handle } of data as { handle: string }[]) if (HANDLE.test(handle)) tags.push(`producer:${handle}`)
  }
  queueRevalidation(logger, tags)
}

export const config: SubscriberConfig = {
  event: Object.keys(productsOf),
  context: { subscriberId: "storefront-revalidate" },
}
