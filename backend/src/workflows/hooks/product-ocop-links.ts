import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertPublishedProductsHaveProducers,
  setProductOcopLinks,
  undoProductOcopLinks,
  type ProductOcopLinks,
} from "../steps/set-product-ocop-links"

// Products created or updated through any route (admin, producer portal, seed) may carry
// additional_data.producer_id and additional_data.product_set_id; a published product must end
// up with a producer.

createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const ids = products.map((p) => p.id)
    const changes = await setProductOcopLinks(container, ids, (additional_data ?? {}) as ProductOcopLinks)
    try {
      await assertPublishedProductsHaveProducers(container, ids)
    } catch (error) {
      await undoProductOcopLinks(container, changes)
      throw error
    }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => undoProductOcopLinks(container, changes)
)

updateProductsWorkflow.hooks.productsUpdated(
  async ({ products, additional_data }, { container }) => {
    const ids = products.map((p) => p.id)
    const changes = await setProductOcopLinks(container, ids, (additional_data ?? {}) as ProductOcopLinks)
    try {
      await assertPublishedProductsHaveProducers(container, ids)
    } catch (error) {
      await undoProductOcopLinks(container, changes)
      throw error
    }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => undoProductOcopLinks(container, changes)
)
