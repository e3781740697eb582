import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerMayEditListingsStep, assertProductSetExistsStep, medusaProductTexts, type ProducerProductTexts } from "./steps/producer-listings"

export type UpdateProducerProductWorkflowInput = {
  producer_id: string
  product_id: string
  update: ProducerProductTexts & { product_set_id?: string }
}

/**
 * A producer edits one of its products. Its status is the programme office's and the producer's
 * publish route's, so a published product's edit is on sale at once; its certificates are not
 * touched here (they are verified in the Admin before a badge shows).
 */
export const updateProducerProductWorkflow = createWorkflow("update-producer-product", (input: UpdateProducerProductWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  assertProductSetExistsStep(transform({ input }, ({ input }) => ({ product_set_id: input.update.product_set_id })))
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => {
      const { product_set_id, ...texts } = input.update
      return {
        products: [{ id: input.product_id, ...medusaProductTexts(texts) }],
        additional_data: product_set_id ? { product_set_id } : undefined,
      }
    }),
  })
  return new WorkflowResponse(products)
})
