import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerMayEditListingsStep } from "./steps/producer-listings"

export type ArchiveProducerProductWorkflowInput = { producer_id: string; product_id: string }

/**
 * A producer takes one of its products out of the shop and its lists for good, as the Admin's
 * delete does: Medusa keeps the product's row (soft-deleted) and orders keep their lines, photos
 * and prices as bought, so the photo files stay where those lines point.
 */
export const archiveProducerProductWorkflow = createWorkflow("archive-producer-product", (input: ArchiveProducerProductWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.product_id] })) })
  return new WorkflowResponse({ id: input.product_id })
})
