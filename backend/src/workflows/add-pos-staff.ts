import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type AddPosStaffInput, addPosStaffStep } from "./steps/pos-staff"

export type AddPosStaffWorkflowInput = AddPosStaffInput

/**
 * Makes a login a cashier or manager of one showroom: it then signs in at
 * `/auth/pos_staff/emailpass` and uses the counter's API (api/pos/**). The sample catalogue's demo
 * staff are made this way; the programme office adds staff with a new login through create-pos-staff.
 */
export const addPosStaffWorkflow = createWorkflow("add-pos-staff", (input: AddPosStaffWorkflowInput) => {
  return new WorkflowResponse(addPosStaffStep(input))
})
