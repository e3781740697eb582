import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ActingStaff, recordPosCashMovementStep } from "./steps/pos-shifts"

export type RecordPosCashMovementWorkflowInput = {
  shift_id: string
  movement: { kind: string; amount: number; reason?: string | null }
  staff: ActingStaff
}

/** Cash into or out of an open shift's drawer, with the reason the count at closing reads. */
export const recordPosCashMovementWorkflow = createWorkflow("record-pos-cash-movement", (input: RecordPosCashMovementWorkflowInput) => {
  return new WorkflowResponse(recordPosCashMovementStep(input))
})
