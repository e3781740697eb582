import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UploadedPhoto } from "./steps/product-photos"
import { storeUploadedPhotosStep } from "./steps/store-uploaded-photos"

/**
 * The operator uploads photos in Medusa Admin (`POST /admin/uploads`): each through the one photo
 * pipeline, kept by its URL until Admin attaches it to a product (hooks/product-ocop-links.ts).
 */
export const uploadPhotosWorkflow = createWorkflow("upload-photos", (input: { photos: UploadedPhoto[] }) => {
  return new WorkflowResponse(storeUploadedPhotosStep({ photos: input.photos }))
})
