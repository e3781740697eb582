import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductSearchDocument } from "../../modules/product-search/document"
import { PRODUCT_SEARCH_MODULE } from "../../modules/product-search"
import type { default as ProductSearchModuleService, RebuildReason } from "../../modules/product-search/service"
import {
  PRODUCT_SEARCH_GRAPH_CONTEXT,
  PRODUCT_SEARCH_GRAPH_FIELDS,
  toProductSearchDocument,
  type ProductSearchGraphRow,
} from "../../lib/product-search-documents"
import { webStockLocationIds } from "../../lib/stock-locations"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { type FeedbackOf, feedbackReader, NO_FEEDBACK } from "../../lib/product-feedback"

export type RebuildProductSearchIndexInput = {
  /** Rebuild even when the index is current (the reindex command); otherwise only a stale index is rebuilt. */
  force?: boolean
}
export type RebuildProductSearchIndexResult = {
  /** Why it was rebuilt (`requested` by the reindex command); null when the index was current. */
  reason: RebuildReason | "requested" | null
  documents: number
  duration_ms: number
  /** Products changed while the rebuild ran, to be synced once more. */
  touched_ids: string[]
}

type Query = Omit<RemoteQueryFunction, symbol>

const PAGE_SIZE = 500
/** How long a second rebuild waits for the one running elsewhere before giving up. */
const LOCK_WAIT_SECONDS = 60 * 60

/**
 * Rebuilds the whole index and its Postgres copy from the catalogue, one page of products at a time, when asked to or
 * when the index is missing, was built with other settings, or holds a different number of
 * products than buyers may find (e.g. after a seed script that ran without search). Under a lock,
 * so that workers starting together rebuild once. Nothing to compensate: the swap is its last
 * act, and a failed rebuild leaves the live index as it was.
 */
export const rebuildProductSearchIndexStep = createStep(
  "rebuild-product-search-index",
  async ({ force = false }: RebuildProductSearchIndexInput, { container }) => {
    const search: ProductSearchModuleService = container.resolve(PRODUCT_SEARCH_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const skipped: RebuildProductSearchIndexResult = { reason: null, documents: 0, duration_ms: 0, touched_ids: [] }

    const result = await locking.execute(
      `product-search-rebuild:${search.indexUid}`,
      async (): Promise<RebuildProductSearchIndexResult> => {
        const startedAt = Date.now()
        const reason = force ? "requested" : await reasonToRebuild(search, query)
        if (!reason) return skipped
        const { documents, touchedIds } = await search.rebuild(searchableCatalogue(query, feedbackReader(container)))
        return { reason, documents, duration_ms: Date.now() - startedAt, touched_ids: touchedIds }
      },
      { timeout: LOCK_WAIT_SECONDS }
    )
    return new StepResponse(result)
  }
)

async function reasonToRebuild(search: ProductSearchModuleService, query: Query): Promise<RebuildReason | null> {
  const health = await search.checkIndex()
  if (health.state === "stale") return health.reason
  const searchable = await countSearchableProducts(query)
  if (health.state === "current" && health.documents !== searchable) return "out_of_step"
  // The Postgres copy, kept with or without Meilisearch (new in a database that had only the index).
  if ((await search.countStoredDocuments()) !== searchable) return "out_of_step"
  return null
}

/** Published products less those of producers who are not approved (pending or suspended). */
async function countSearchableProducts(query: Query): Promise<number> {
  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { status: "published" },
    pagination: { skip: 0, take: 1 },
  })
  const { data: unapproved } = await query.graph({
    entity: "producer",
    fields: ["products.status"],
    filters: { status: { $ne: "approved" } },
  })
  const hidden = (unapproved as { products?: ({ status: string } | null)[] | null }[]).reduce(
    (count, producer) => count + (producer.products ?? []).filter((product) => product?.status === "published").length,
    0,
  )
  return (metadata?.count ?? 0) - hidden
}

/** Every published product's document, in pages ordered by id so a page never repeats or skips one. */
async function* searchableCatalogue(query: Query, feedbackOf: FeedbackOf): AsyncGenerator<ProductSearchDocument[]> {
  const today = todayInVietnam()
  const sellingLocations = await webStockLocationIds(query)
  let lastId: string | undefined
  for (;;) {
    const { data } = await query.graph({
      entity: "product",
      fields: PRODUCT_SEARCH_GRAPH_FIELDS,
      filters: { status: "published", ...(lastId ? { id: { $gt: lastId } } : {}) },
      pagination: { take: PAGE_SIZE, order: { id: "ASC" } },
      context: PRODUCT_SEARCH_GRAPH_CONTEXT,
    })
    const rows = data as ProductSearchGraphRow[]
    if (!rows.length) return
    const feedback = await feedbackOf(rows.map((row) => row.id))
    yield rows
      .map((row) => toProductSearchDocument(row, sellingLocations, feedback.get(row.id) ?? NO_FEEDBACK, today))
      .filter((d): d is ProductSearchDocument => d !== null)
    lastId = rows[rows.length - 1]!.id
    if (rows.length < PAGE_SIZE) return
  }
}
