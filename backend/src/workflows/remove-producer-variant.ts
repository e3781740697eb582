import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerMayEditListingsStep, assertVariantMayBeRemovedStep } from "./steps/producer-listings"

export type RemoveProducerVariantWorkflowInput = { producer_id: string; product_id: string; variant_id: string }

/** A producer stops selling one pack size of a product; the product keeps at least one. */
export const removeProducerVariantWorkflow = createWorkflow("remove-producer-variant", (input: RemoveProducerVariantWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  assertVariantMayBeRemovedStep({ product_id: input.product_id })
  deleteProductVariantsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.variant_id] })) })
  return new WorkflowResponse({ id: input.variant_id })
})
