import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerMayPublishStep } from "./steps/assert-producer-may-publish"

export type PublishProducerProductWorkflowInput = { producer_id: string; product_id: string }

/**
 * A producer puts one of its products on sale. Only an approved producer may; the product is then
 * published through Medusa's own update, whose OCOP hooks keep it linked, shipped by its producer
 * and on its sales channels.
 */
export const publishProducerProductWorkflow = createWorkflow("publish-producer-product", (input: PublishProducerProductWorkflowInput) => {
  assertProducerMayPublishStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: { status: "published" as const } })),
  })
  return new WorkflowResponse(products)
})
