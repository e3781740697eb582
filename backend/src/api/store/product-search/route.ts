/**
 * The storefront's search when Meilisearch cannot be reached: the Postgres copy of the search
 * documents (`product-search` module), searched with the index's passes, filters and sorts and
 * answered in the shape of a Meilisearch response so the results page renders either. Facets
 * count every matching product.
 */
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import { StoreProductSearchQuery } from "./validators"

export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const parsed = StoreProductSearchQuery.safeParse(req.query)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((issue) => issue.message).join(" "))
  }
  const search: ProductSearchModuleService = req.scope.resolve(PRODUCT_SEARCH_MODULE)
  const startedAt = performance.now()
  const answer = await search.searchStored({ ...parsed.data, sales_channel_ids: req.publishable_key_context.sales_channel_ids })
  res.json({
    engine: "postgres",
    query: parsed.data.q,
    hits: answer.hits,
    estimatedTotalHits: answer.total,
    limit: parsed.data.limit,
    offset: parsed.data.offset,
    facetDistribution: answer.facets,
    processingTimeMs: Math.round(performance.now() - startedAt),
  })
}
