/**
 * Keeps the product search index and the storefront's cached pages in step with the catalogue:
 * every change that alters what a buyer sees (the product, its variants, prices and stock, its
 * certificates, its producer, its approved reviews and sold count) syncs the products it touches a moment after the change is saved,
 * and then announces which of the storefront's pages are stale (subscribers/revalidate-storefront.ts
 * tells the storefront). Then, not before: those pages list products from the index, and a page
 * refreshed while the index still held the old document would be cached with it.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  InventoryItemWorkflowEvents,
  Modules,
  InventoryLevelWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  ReservationItemWorkflowEvents,
} from "@medusajs/framework/utils"
import {
  CERTIFICATE_RECORDED_EVENT,
  CERTIFICATE_UPDATED_EVENT,
  PRODUCER_UPDATED_EVENT,
  PRODUCT_OCOP_CHANGED_EVENT,
  PRODUCT_REVIEW_MODERATED_EVENT,
  PRODUCT_SALES_CHANGED_EVENT,
  STOREFRONT_PAGES_STALE_EVENT,
} from "../events"
import { syncProductSearchWorkflow } from "../workflows/sync-product-search"
import { isStorefrontRevalidationOn, storefrontTagsOfProducers, storefrontTagsOfProducts } from "../lib/storefront-revalidation"

type Query = Omit<RemoteQueryFunction, symbol>
export type EventData = { id?: string | string[]; product_id?: string; product_ids?: string[] }

/** Products per sync run: a producer with thousands of products is synced in several. */
const SYNC_BATCH_SIZE = 500

const ids = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat())

async function graphIds(query: Query, entity: string, field: string, id: string[], withDeleted = true): Promise<string[]> {
  if (!id.length) return []
  const { data } = await query.graph({ entity, fields: [field], filters: { id }, withDeleted })
  const path = field.split(".")
  const collect = (value: unknown, depth: number): unknown[] => {
    if (value === null || value === undefined) return []
    if (Array.isArray(value)) return value.flatMap((item) => collect(item, depth))
    if (depth === path.length) return [value]
    return collect((value as Record<string, unknown>)[path[depth]!], depth + 1)
  }
  return [...new Set(collect(data, 0).filter((value): value is string => typeof value === "string"))]
}

/** The products an event is about, found through the links from whatever the event names. */
export const productsOf: Record<string, (data: EventData, query: Query) => Promise<string[]>> = {
  [ProductWorkflowEvents.CREATED]: async (data) => ids(data.id),
  [ProductWorkflowEvents.UPDATED]: async (data) => ids(data.id),
  [ProductWorkflowEvents.DELETED]: async (data) => ids(data.id),
  [ProductVariantWorkflowEvents.CREATED]: (data, query) => graphIds(query, "variant", "product_id", ids(data.id)),
  [ProductVariantWorkflowEvents.UPDATED]: (data, query) => graphIds(query, "variant", "product_id", ids(data.id)),
  [ProductVariantWorkflowEvents.DELETED]: (data, query) => graphIds(query, "variant", "product_id", ids(data.id)),
  [InventoryItemWorkflowEvents.UPDATED]: (data, query) => productsOfInventoryItems(query, ids(data.id)),
  [InventoryLevelWorkflowEvents.CREATED]: (data, query) => productsOfInventoryLevels(query, ids(data.id)),
  [InventoryLevelWorkflowEvents.UPDATED]: (data, query) => productsOfInventoryLevels(query, ids(data.id)),
  [InventoryLevelWorkflowEvents.DELETED]: (data, query) => productsOfInventoryLevels(query, ids(data.id)),
  [ReservationItemWorkflowEvents.CREATED]: (data, query) => productsOfReservations(query, ids(data.id)),
  [ReservationItemWorkflowEvents.UPDATED]: (data, query) => productsOfReservations(query, ids(data.id)),
  [ReservationItemWorkflowEvents.DELETED]: (data, query) => productsOfReservations(query, ids(data.id)),
  [CERTIFICATE_RECORDED_EVENT]: async (data) => ids(data.product_id),
  [CERTIFICATE_UPDATED_EVENT]: (data, query) => graphIds(query, "certificate", "product.id", ids(data.id)),
  [PRODUCER_UPDATED_EVENT]: (data, query) => graphIds(query, "producer", "products.id", ids(data.id)),
  [PRODUCT_OCOP_CHANGED_EVENT]: async (data) => ids(data.id),
  // The reviews' summary and the sold count are on the product's page and in its search document.
  [PRODUCT_REVIEW_MODERATED_EVENT]: async (data) => ids(data.product_id),
  [PRODUCT_SALES_CHANGED_EVENT]: async (data) => ids(data.product_ids),
}

async function productsOfInventoryItems(query: Query, inventoryItemIds: string[]): Promise<string[]> {
  return graphIds(query, "inventory_item", "variants.product_id", inventoryItemIds)
}

async function productsOfInventoryLevels(query: Query, levelIds: string[]): Promise<string[]> {
  return productsOfInventoryItems(query, await graphIds(query, "inventory_level", "inventory_item_id", levelIds))
}

async function productsOfReservations(query: Query, reservationIds: string[]): Promise<string[]> {
  return productsOfInventoryItems(query, await graphIds(query, "reservation", "inventory_item_id", reservationIds))
}

/** How long changes gather before one sync writes them all: a seed or an order touches many at once. */
const GATHER_MS = 50

let pendingProductIds = new Set<string>()
let pendingTags = new Set<string>()
let gatherTimer: NodeJS.Timeout | undefined
let lastSync: Promise<void> = Promise.resolve()
/** Failed syncs in a row: each waits twice as long before its products are synced again, up to RETRY_MAX_MS. */
let failuresInARow = 0
const RETRY_FIRST_MS = 500
const RETRY_MAX_MS = 30_000

/**
 * Syncs run one after another, each reading the catalogue when it starts. Run side by side, a sync
 * that read a product before a later change (say, its first certificate) could write after the
 * sync that read it afterwards and leave a stale document; gathering keeps them few.
 */
function queueSync(container: MedusaContainer, productIds: string[], storefrontTags: string[]) {
  for (const id of productIds) pendingProductIds.add(id)
  for (const tag of storefrontTags) pendingTags.add(tag)
  if (gatherTimer) return
  gatherTimer = setTimeout(() => {
    gatherTimer = undefined
    lastSync = lastSync.then(async () => {
      const ids = [...pendingProductIds]
      const tags = [...pendingTags]
      pendingProductIds = new Set()
      pendingTags = new Set()
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
      try {
        for (let start = 0; start < ids.length; start += SYNC_BATCH_SIZE) {
          await syncProductSearchWorkflow(container).run({ input: { product_ids: ids.slice(start, start + SYNC_BATCH_SIZE) } })
        }
        failuresInARow = 0
      } catch (error) {
        // Meilisearch away (the Postgres copy was written first): the same products again, later,
        // together with whatever changed meanwhile, until it is back.
        const delay = Math.min(RETRY_FIRST_MS * 2 ** failuresInARow, RETRY_MAX_MS)
        failuresInARow += 1
        logger.error(`Product search sync failed, trying again in ${delay / 1000} s: ${(error as Error).message}`)
        setTimeout(() => queueSync(container, ids, []), delay).unref()
      }
      // Even after a failed sync: the product pages read the store API, and the lists expire anyway.
      await announceStalePages(container, tags)
    })
  }, GATHER_MS)
}

export default async function syncProductSearch({ event, container }: SubscriberArgs<EventData>) {
  const revalidating = isStorefrontRevalidationOn()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = await productsOf[event.name]!(event.data, query)
  // Read now, while a deleted product or a moved producer still names the pages that showed it.
  const tags = revalidating
    ? [
        ...(await storefrontTagsOfProducts(query, productIds)),
        ...(event.name === PRODUCER_UPDATED_EVENT ? await storefrontTagsOfProducers(query, ids(event.data.id)) : []),
      ]
    : []
  // Without Meilisearch too: the Postgres copy answers the storefront's search.
  queueSync(container, productIds, tags)
}

async function announceStalePages(container: MedusaContainer, tags: string[]) {
  if (!tags.length) return
  await container.resolve(Modules.EVENT_BUS).emit({ name: STOREFRONT_PAGES_STALE_EVENT, data: { tags } })
}

export const config: SubscriberConfig = {
  event: Object.keys(productsOf),
  context: { subscriberId: "product-search-sync" },
}
