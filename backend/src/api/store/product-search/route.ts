/**
 * The storefront's search when Meilisearch cannot be reached: Medusa's own product `q` (a Postgres
 * substring match on titles, descriptions and SKUs, so it needs the diacritics a buyer left out)
 * over the published products of the shop's sales channel, answered in the shape of a
 * Meilisearch response so the results page renders either. Its candidates keep the index's
 * precision rule (`@ocop/domain/search-query`): every word whole in what names the product, or
 * failing that in its kind, or in any of its searched texts.
 */
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProductSearchDocument } from "../../../modules/product-search/document"
import {
  PRODUCT_SEARCH_GRAPH_CONTEXT,
  PRODUCT_SEARCH_GRAPH_FIELDS,
  documentsInShop,
  type ProductSearchGraphRow,
} from "../../../lib/product-search-documents"
import { hasEveryWord, PRODUCT_KIND_ATTRIBUTES, PRODUCT_NAME_ATTRIBUTES } from "@ocop/domain/search-query"
import { PRODUCT_INDEX_SETTINGS } from "../../../modules/product-search/settings"
import { type ProductSearchSort, StoreProductSearchQuery } from "./validators"

/** Substring matching has no relevance to rank by: the newest matches are filtered and counted. */
const CANDIDATES = 200
const FACETS = ["star_rating", "province", "industry", "product_set"] as const

export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const parsed = StoreProductSearchQuery.safeParse(req.query)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((issue) => issue.message).join(" "))
  }
  const { q, sort, limit, offset, ...filters } = parsed.data
  const salesChannelIds = new Set(req.publishable_key_context.sales_channel_ids)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const startedAt = performance.now()

  // Every filter but q reads a linked or computed field (OCOP, producer, price, stock), which
  // query.graph cannot filter products on: they apply to the candidates.
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    filters: { status: "published", ...(q ? { q } : {}) },
    pagination: { take: CANDIDATES, order: { created_at: "DESC", id: "DESC" } },
    context: PRODUCT_SEARCH_GRAPH_CONTEXT,
  })
  const inShop = await documentsInShop(req.scope, data as ProductSearchGraphRow[], salesChannelIds)
  const matches = aboutQuery(inShop, q)
    .filter(
      (doc) =>
        (filters.star_rating === undefined || (doc.star_rating !== null && filters.star_rating.includes(doc.star_rating))) &&
        (filters.province_code === undefined || doc.province_code === filters.province_code) &&
        (filters.industry_code === undefined || doc.industry_code === filters.industry_code) &&
        (filters.product_set_number === undefined || doc.product_set_number === filters.product_set_number) &&
        (filters.producer_handle === undefined || doc.producer_handle === filters.producer_handle) &&
        (filters.not_producer_handle === undefined || doc.producer_handle !== filters.not_producer_handle) &&
        (filters.price_min === undefined || (doc.price_vnd !== null && doc.price_vnd >= filters.price_min)) &&
        (filters.price_max === undefined || (doc.price_vnd !== null && doc.price_vnd <= filters.price_max)) &&
        (filters.in_stock === undefined || doc.in_stock === filters.in_stock)
    )
    .sort(ORDERS[sort])

  res.json({
    engine: "postgres",
    query: q,
    hits: matches.slice(offset, offset + limit),
    estimatedTotalHits: matches.length,
    limit,
    offset,
    facetDistribution: Object.fromEntries(FACETS.map((facet) => [facet, countBy(matches, facet)])),
    processingTimeMs: Math.round(performance.now() - startedAt),
  })
}

/** The texts of a document under these attributes, lists spread out. */
function textsOf(doc: ProductSearchDocument, attributes: readonly string[]): (string | null)[] {
  return attributes.flatMap((attribute) => doc[attribute as keyof ProductSearchDocument] as string | string[] | null)
}

/** As the index's passes: the products whose names hold every word, else their kind, else any text. */
function aboutQuery(documents: ProductSearchDocument[], q: string | undefined): ProductSearchDocument[] {
  if (!q) return documents
  for (const attributes of [PRODUCT_NAME_ATTRIBUTES, PRODUCT_KIND_ATTRIBUTES, PRODUCT_INDEX_SETTINGS.searchableAttributes]) {
    const found = documents.filter((doc) => hasEveryWord(textsOf(doc, attributes), q))
    if (found.length) return found
  }
  return []
}

type Order = (a: ProductSearchDocument, b: ProductSearchDocument) => number

/**
 * The index's last ranking rules: the higher certified star (set only while the certificate is
 * current, so uncertified products go last), then the newest, then the later id. A total order,
 * so pages never overlap, and each sort below ends with it as Meilisearch's does.
 */
const indexTieBreak: Order = (a, b) =>
  (b.star_rating ?? 0) - (a.star_rating ?? 0) || b.created_at_ts - a.created_at_ts || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
/** Cheapest or dearest first; a product without a price goes last either way. */
const byPrice =
  (direction: 1 | -1): Order =>
  (a, b) =>
    a.price_vnd === null || b.price_vnd === null
      ? Number(a.price_vnd === null) - Number(b.price_vnd === null) || indexTieBreak(a, b)
      : (a.price_vnd - b.price_vnd) * direction || indexTieBreak(a, b)

const ORDERS: Record<ProductSearchSort, Order> = {
  // Without relevance to rank by, featured is the index's tie-break alone.
  featured: indexTieBreak,
  price_asc: byPrice(1),
  price_desc: byPrice(-1),
  stars: indexTieBreak,
  newest: (a, b) => b.created_at_ts - a.created_at_ts || indexTieBreak(a, b),
}

function countBy(documents: ProductSearchDocument[], field: (typeof FACETS)[number]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const doc of documents) {
    const value = doc[field]
    if (value !== null) counts[String(value)] = (counts[String(value)] ?? 0) + 1
  }
  return counts
}
