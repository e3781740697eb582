import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PosStaffRole } from "@ocop/domain/pos"
import { addPosStaffStep, registerPosStaffLoginStep } from "./steps/pos-staff"

export type CreatePosStaffWorkflowInput = { showroom_id: string; email: string; password: string; name: string; role: PosStaffRole }

/**
 * The programme office adds a cashier or manager to a showroom: a login of their own with the
 * password the office sets and tells them, which signs in at `/auth/pos_staff/emailpass`, and the
 * staff member it names. If making the staff member fails, the login goes too.
 */
export const createPosStaffWorkflow = createWorkflow("create-pos-staff", (input: CreatePosStaffWorkflowInput) => {
  const authIdentityId = registerPosStaffLoginStep(transform({ input }, ({ input }) => ({ showroom_id: input.showroom_id, email: input.email, password: input.password })))
  const staff = addPosStaffStep(
    transform({ input, authIdentityId }, ({ input, authIdentityId }) => ({
      auth_identity_id: authIdentityId,
      name: input.name,
      role: input.role,
      showroom_id: input.showroom_id,
    })),
  )
  return new WorkflowResponse(staff)
})
