import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductSearchDocument } from "../../modules/product-search/document"
import {
  PRODUCT_SEARCH_GRAPH_CONTEXT,
  PRODUCT_SEARCH_GRAPH_FIELDS,
  toProductSearchDocument,
  type ProductSearchGraphRow,
} from "../../lib/product-search-documents"
import { feedbackReader, NO_FEEDBACK } from "../../lib/product-feedback"
import { webStockLocationIds } from "../../lib/stock-locations"

export type BuildProductSearchDocumentsInput = { product_ids: string[] }
export type ProductSearchChanges = { documents: ProductSearchDocument[]; removed_ids: string[] }

/**
 * Reads the products as they are now. Every id without a document (deleted, unpublished, its
 * producer not approved) is to be removed from the index. Only reads, so nothing to compensate.
 */
export const buildProductSearchDocumentsStep = createStep(
  "build-product-search-documents",
  async ({ product_ids }: BuildProductSearchDocumentsInput, { container }) => {
    const ids = [...new Set(product_ids)]
    if (!ids.length) return new StepResponse<ProductSearchChanges>({ documents: [], removed_ids: [] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: PRODUCT_SEARCH_GRAPH_FIELDS,
      filters: { id: ids },
      context: PRODUCT_SEARCH_GRAPH_CONTEXT,
    })
    const sellingLocations = await webStockLocationIds(query)
    const feedback = await feedbackReader(container)(ids)
    const documents = (data as ProductSearchGraphRow[])
      .map((product) => toProductSearchDocument(product, sellingLocations, feedback.get(product.id) ?? NO_FEEDBACK))
      .filter((document): document is ProductSearchDocument => document !== null)
    const kept = new Set(documents.map((document) => document.id))
    return new StepResponse<ProductSearchChanges>({ documents, removed_ids: ids.filter((id) => !kept.has(id)) })
  }
)
