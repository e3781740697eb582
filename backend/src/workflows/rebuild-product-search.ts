import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildProductSearchIndexStep, type RebuildProductSearchIndexInput } from "./steps/rebuild-product-search-index"
import { syncProductSearchWorkflow } from "./sync-product-search"

/**
 * Builds the product search index again from the whole catalogue and swaps it in, then syncs the
 * products that changed meanwhile (the rebuild may have read them just before the change).
 */
export const rebuildProductSearchWorkflow = createWorkflow(
  "rebuild-product-search",
  (input: RebuildProductSearchIndexInput) => {
    const result = rebuildProductSearchIndexStep(input)
    const touched = transform({ result }, ({ result }) => ({ product_ids: result.touched_ids }))
    when({ touched }, ({ touched }) => touched.product_ids.length > 0).then(() => {
      syncProductSearchWorkflow.runAsStep({ input: touched })
    })
    return new WorkflowResponse(result)
  }
)
