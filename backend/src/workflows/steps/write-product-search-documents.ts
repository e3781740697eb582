import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_SEARCH_MODULE } from "../../modules/product-search"
import type ProductSearchModuleService from "../../modules/product-search/service"
import type { ProductSearchChanges } from "./build-product-search-documents"

/**
 * Writes the documents and removals to the index. No compensation: the index is a projection of
 * the catalogue, and the next sync or rebuild writes whatever the catalogue then says.
 */
export const writeProductSearchDocumentsStep = createStep(
  "write-product-search-documents",
  async ({ documents, removed_ids }: ProductSearchChanges, { container }) => {
    const search: ProductSearchModuleService = container.resolve(PRODUCT_SEARCH_MODULE)
    await Promise.all([search.upsertDocuments(documents), search.deleteDocuments(removed_ids)])
    return new StepResponse({ upserted: documents.length, removed: removed_ids.length })
  }
)
