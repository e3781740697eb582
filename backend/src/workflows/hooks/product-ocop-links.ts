import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  assertPublishedProductsHaveProducers,
  type PreviousOcopLinks,
  type ProductOcopLinks,
  setProductOcopLinks,
  undoProductOcopLinks,
} from "../steps/set-product-ocop-links"

// Products created or updated through any route (admin, producer portal, seed) may carry
// additional_data.producer_id and additional_data.product_set_id; a published product must end
// up with a producer.

type HookInput = { products: { id: string }[]; additional_data?: Record<string, unknown> }

async function linkAndCheck({ products, additional_data }: HookInput, { container }: { container: MedusaContainer }) {
  const ids = products.map((p) => p.id)
  const changes = await setProductOcopLinks(container, ids, (additional_data ?? {}) as ProductOcopLinks)
  try {
    await assertPublishedProductsHaveProducers(container, ids)
  } catch (error) {
    await undoProductOcopLinks(container, changes)
    throw error
  }
  return new StepResponse(changes, changes)
}

async function undo(changes: PreviousOcopLinks | undefined, { container }: { container: MedusaContainer }) {
  await undoProductOcopLinks(container, changes)
}

createProductsWorkflow.hooks.productsCreated(linkAndCheck, undo)
updateProductsWorkflow.hooks.productsUpdated(linkAndCheck, undo)
