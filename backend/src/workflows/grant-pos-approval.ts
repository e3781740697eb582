import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertManagerFor, POS_APPROVAL_MINUTES } from "@ocop/domain/pos"
import { enforce } from "../lib/domain-rules"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import type { ActingStaff } from "./steps/pos-shifts"

export type GrantPosApprovalInput = { showroom_id: string; staff: ActingStaff; token_digest: string }

const grantPosApprovalStep = createStep(
  "grant-pos-approval",
  async (input: GrantPosApprovalInput, { container }) => {
    enforce(() => assertManagerFor("approve a sale at the counter", input.staff), MedusaError.Types.FORBIDDEN)
    const approval = await container.resolve<PosModuleService>(POS_MODULE).createPosApprovals({
      showroom_id: input.showroom_id,
      manager_id: input.staff.id,
      token_digest: input.token_digest,
      expires_at: new Date(Date.now() + POS_APPROVAL_MINUTES * 60_000),
    })
    return new StepResponse({ id: approval.id, expires_at: approval.expires_at }, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<PosModuleService>(POS_MODULE).deletePosApprovals(id)
  },
)

/**
 * A manager approves a sale at a cashier's counter: an approval good for POS_APPROVAL_MINUTES and
 * for the one sale that spends it, whose token only its digest is kept of (lib/pos-access.ts).
 */
export const grantPosApprovalWorkflow = createWorkflow("grant-pos-approval", (input: GrantPosApprovalInput) => {
  return new WorkflowResponse(grantPosApprovalStep(input))
})
