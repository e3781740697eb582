import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerMayEditListingsStep } from "./steps/producer-listings"
import { fileIdsOf, productPhotosStep, withPhotoRemoved } from "./steps/product-photos"

export type RemoveProductPhotoWorkflowInput = { producer_id: string; product_id: string; photo_id: string }

/**
 * A producer removes a photo from one of its products (the next photo becomes the cover if it was
 * the cover), then its files: last, since a deleted file cannot be put back.
 */
export const removeProductPhotoWorkflow = createWorkflow("remove-product-photo", (input: RemoveProductPhotoWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  const current = productPhotosStep({ product_id: input.product_id })
  updateProductsWorkflow.runAsStep({
    input: transform({ input, current }, ({ input, current }) => ({
      products: [{ id: input.product_id, ...withPhotoRemoved(current, input.photo_id) }],
    })),
  })
  deleteFilesWorkflow.runAsStep({
    input: transform({ input, current }, ({ input, current }) => ({
      ids: current.images.filter((image) => image.id === input.photo_id).flatMap(fileIdsOf),
    })),
  })
  return new WorkflowResponse({ id: input.photo_id })
})
