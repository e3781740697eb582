/**
 * The Postgres copy of the search documents: the row kept for each, and the fallback's search
 * over them in SQL. Every filter, the pass and the sort are in the query, and each facet is a
 * GROUP BY over every matching row, so no count stops at a page of candidates.
 */
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { foldedWords, PRODUCT_KIND_ATTRIBUTES, PRODUCT_NAME_ATTRIBUTES } from "@ocop/domain/search-query"
import type { ProductSearchDocument } from "./document"
import { PRODUCT_INDEX_SETTINGS } from "./settings"

type Knex = ReturnType<EntityManager["getKnex"]>
type Builder = ReturnType<Knex>

export const STORED_SEARCH_SORTS = ["featured", "price_asc", "price_desc", "stars", "newest"] as const
export type StoredSearchSort = (typeof STORED_SEARCH_SORTS)[number]

export const STORED_SEARCH_FACETS = ["star_rating", "province", "industry", "product_set"] as const
export type StoredSearchFacet = (typeof STORED_SEARCH_FACETS)[number]

export type StoredSearch = {
  q: string
  /** Only products sold in one of these sales channels (the publishable key's). */
  sales_channel_ids: string[]
  star_rating?: number[]
  province_code?: string
  industry_code?: string
  product_set_number?: number
  producer_handle?: string
  not_producer_handle?: string
  price_min?: number
  price_max?: number
  in_stock?: boolean
  sort: StoredSearchSort
  limit: number
  offset: number
}

export type StoredSearchAnswer = {
  hits: ProductSearchDocument[]
  total: number
  facets: Record<StoredSearchFacet, Record<string, number>>
}

const TABLE = "product_search_document"

/** A text's words folded as the domain's precision rule folds them, wrapped in spaces: a whole word is `% word %`. */
function wordsOf(document: ProductSearchDocument, attributes: readonly string[]): string {
  const texts = attributes.flatMap((attribute) => document[attribute as keyof ProductSearchDocument] as string | string[] | null)
  const words = texts.flatMap((text) => (typeof text === "string" ? foldedWords(text) : []))
  return ` ${words.join(" ")} `
}

export function storedDocumentRows(documents: ProductSearchDocument[]) {
  return documents.map((document) => ({
    id: document.id,
    document: JSON.stringify(document),
    name_words: wordsOf(document, PRODUCT_NAME_ATTRIBUTES),
    kind_words: wordsOf(document, PRODUCT_KIND_ATTRIBUTES),
    text_words: wordsOf(document, PRODUCT_INDEX_SETTINGS.searchableAttributes),
    sales_channel_ids: JSON.stringify(document.sales_channel_ids),
    star_rating: document.star_rating,
    certificate_valid_until: document.certificate_valid_until_ts === null ? null : new Date(document.certificate_valid_until_ts),
    province_code: document.province_code,
    province: document.province,
    industry_code: document.industry_code,
    industry: document.industry,
    product_set_number: document.product_set_number,
    product_set: document.product_set,
    producer_handle: document.producer_handle,
    price_vnd: document.price_vnd,
    in_stock: document.in_stock,
    product_created_at: new Date(document.created_at_ts),
    updated_at: new Date(),
  }))
}

/** The passes of the storefront's search, as columns: what names a product, then its kind, then every text. */
const PASS_COLUMNS = ["name_words", "kind_words", "text_words"] as const

const inShop = (builder: Builder, salesChannelIds: string[]) =>
  builder
    .whereNull("deleted_at")
    .whereRaw(`sales_channel_ids \\?| array[${salesChannelIds.map(() => "?").join(", ")}]::text[]`, salesChannelIds)

const withEveryWord = (builder: Builder, column: (typeof PASS_COLUMNS)[number], words: string[]) => {
  for (const word of words) builder.where(column, "like", `% ${word} %`)
  return builder
}

/**
 * The index's last ranking rules after each sort: the higher certified star (uncertified
 * last), the newest, the later id. A total order, so pages never overlap, as in Meilisearch.
 */
const TIE_BREAK = "coalesce(star_rating, 0) desc, product_created_at desc, id desc"
const ORDERS: Record<StoredSearchSort, string> = {
  // Without relevance to rank by, featured is the index's tie-break alone.
  featured: TIE_BREAK,
  stars: TIE_BREAK,
  newest: `product_created_at desc, ${TIE_BREAK}`,
  // A product without a price goes last either way.
  price_asc: `price_vnd asc nulls last, ${TIE_BREAK}`,
  price_desc: `price_vnd desc nulls last, ${TIE_BREAK}`,
}

export async function storedSearchAnswer(manager: EntityManager, search: StoredSearch): Promise<StoredSearchAnswer> {
  const knex = manager.getKnex()
  const words = foldedWords(search.q)
  // As the storefront's passes: the first that finds anything in the shop, before any filter.
  let pass: (typeof PASS_COLUMNS)[number] | undefined
  if (words.length) {
    for (const column of PASS_COLUMNS) {
      const found = await manager.execute(withEveryWord(inShop(knex(TABLE).select("id"), search.sales_channel_ids), column, words).limit(1))
      if (found.length) {
        pass = column
        break
      }
    }
    if (!pass) return { hits: [], total: 0, facets: emptyFacets() }
  }
  const matching = () => {
    const builder = inShop(knex(TABLE), search.sales_channel_ids)
    if (pass) withEveryWord(builder, pass, words)
    if (search.star_rating) builder.whereIn("star_rating", search.star_rating)
    if (search.province_code !== undefined) builder.where("province_code", search.province_code)
    if (search.industry_code !== undefined) builder.where("industry_code", search.industry_code)
    if (search.product_set_number !== undefined) builder.where("product_set_number", search.product_set_number)
    if (search.producer_handle !== undefined) builder.where("producer_handle", search.producer_handle)
    if (search.not_producer_handle !== undefined) builder.whereNot("producer_handle", search.not_producer_handle)
    if (search.price_min !== undefined) builder.where("price_vnd", ">=", search.price_min)
    if (search.price_max !== undefined) builder.where("price_vnd", "<=", search.price_max)
    if (search.in_stock !== undefined) builder.where("in_stock", search.in_stock)
    return builder
  }
  const [page, [count], ...facetRows] = await Promise.all([
    manager.execute(matching().select("document").orderByRaw(ORDERS[search.sort]).limit(search.limit).offset(search.offset)),
    manager.execute(matching().count({ count: "*" })),
    ...STORED_SEARCH_FACETS.map((facet) =>
      manager.execute(matching().whereNotNull(facet).select({ value: facet }).count({ count: "*" }).groupBy(facet))
    ),
  ])
  const facets = emptyFacets()
  STORED_SEARCH_FACETS.forEach((facet, i) => {
    for (const row of facetRows[i] as { value: string | number; count: string | number }[]) facets[facet][String(row.value)] = Number(row.count)
  })
  return {
    hits: (page as { document: ProductSearchDocument | string }[]).map((row) =>
      typeof row.document === "string" ? JSON.parse(row.document) : row.document
    ),
    total: Number((count as { count: string | number }).count),
    facets,
  }
}

function emptyFacets(): Record<StoredSearchFacet, Record<string, number>> {
  return { star_rating: {}, province: {}, industry: {}, product_set: {} }
}
