import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerMayEditListingsStep } from "./steps/producer-listings"
import { productPhotosStep, storeProductPhotosStep, type UploadedPhoto, withPhotosAdded } from "./steps/product-photos"

export type AddProductPhotosWorkflowInput = { producer_id: string; product_id: string; photos: UploadedPhoto[] }

/** A producer adds photos to one of its products, after the ones it has, each through the one photo pipeline; its first photo is its cover. */
export const addProductPhotosWorkflow = createWorkflow("add-product-photos", (input: AddProductPhotosWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  const current = productPhotosStep({ product_id: input.product_id })
  const stored = storeProductPhotosStep({ product_id: input.product_id, photos: input.photos })
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input, current, stored }, ({ input, current, stored }) => ({
      products: [{ id: input.product_id, ...withPhotosAdded(current, stored) }],
    })),
  })
  return new WorkflowResponse(products)
})
