import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releasePosStaffLoginStep, removePosStaffStep } from "./steps/pos-staff"

export type RemovePosStaffWorkflowInput = { showroom_id: string; staff_id: string }

/** The programme office takes a staff member off a showroom's counter, and their login with them where it was only the counter's. */
export const removePosStaffWorkflow = createWorkflow("remove-pos-staff", (input: RemovePosStaffWorkflowInput) => {
  const removed = removePosStaffStep(input)
  releasePosStaffLoginStep(transform({ removed }, ({ removed }) => ({ auth_identity_id: removed.auth_identity_id })))
  return new WorkflowResponse(transform({ removed }, ({ removed }) => ({ id: removed.staff_id, object: "pos_staff", deleted: true })))
})
