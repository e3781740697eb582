import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildProductSearchDocumentsStep, type BuildProductSearchDocumentsInput } from "./steps/build-product-search-documents"
import { writeProductSearchDocumentsStep } from "./steps/write-product-search-documents"

/** Brings the search index in line with these products: indexed if a buyer may find them, removed otherwise. */
export const syncProductSearchWorkflow = createWorkflow(
  "sync-product-search",
  (input: BuildProductSearchDocumentsInput) => {
    const changes = buildProductSearchDocumentsStep(input)
    return new WorkflowResponse(writeProductSearchDocumentsStep(changes))
  }
)
