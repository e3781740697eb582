import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { convertDraftOrderWorkflow } from "@medusajs/medusa/core-flows"
import { assertDraftOrderCanBePlacedStep } from "./steps/assert-draft-order-can-be-placed"

/**
 * Places an Admin draft order: the buying rules first (an approved producer, the address, the line
 * limit, stock at the sales channel's locations), then Medusa's own conversion, which reserves the
 * stock. Medusa's convert-draft-order workflow has no hook to hang the rules on, so this workflow
 * wraps it and the Admin's convert route runs this one.
 */
export const placeDraftOrderWorkflow = createWorkflow("place-draft-order", (input: { id: string }) => {
  assertDraftOrderCanBePlacedStep(input)
  const order = convertDraftOrderWorkflow.runAsStep({ input })
  return new WorkflowResponse(order)
})
