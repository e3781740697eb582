import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerMayEditListingsStep } from "./steps/producer-listings"
import { productPhotosStep, withPhotoArranged } from "./steps/product-photos"

export type ArrangeProductPhotoWorkflowInput = { producer_id: string; product_id: string; photo_id: string; rank?: number; cover?: boolean }

/** A producer moves one photo of a product to another place in its order, or makes it the cover (the first photo). */
export const arrangeProductPhotoWorkflow = createWorkflow("arrange-product-photo", (input: ArrangeProductPhotoWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  const current = productPhotosStep({ product_id: input.product_id })
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input, current }, ({ input, current }) => ({
      products: [{ id: input.product_id, ...withPhotoArranged(current, input.photo_id, { rank: input.rank, cover: input.cover }) }],
    })),
  })
  return new WorkflowResponse(products)
})
