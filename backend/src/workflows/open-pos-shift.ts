import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ActingStaff, openPosShiftStep } from "./steps/pos-shifts"

export type OpenPosShiftWorkflowInput = { showroom_id: string; till?: string | null; opening_float: number; staff: ActingStaff }

/** Any staff member opens a till's shift with the cash float in its drawer. */
export const openPosShiftWorkflow = createWorkflow("open-pos-shift", (input: OpenPosShiftWorkflowInput) => {
  return new WorkflowResponse(openPosShiftStep(input))
})
