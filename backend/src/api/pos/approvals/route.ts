/**
 * POST: a manager, signed in with their own session on the counter's screen, approves the sale the
 * cashier is making: the answer's token goes in the x-pos-manager-approval header of that sale,
 * good for a few minutes and for that one sale. A cashier's request is 403.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { newApprovalToken, type PosRequest } from "../../../lib/pos-access"
import { grantPosApprovalWorkflow } from "../../../workflows/grant-pos-approval"

export async function POST(req: PosRequest, res: MedusaResponse) {
  const { token, digest } = newApprovalToken()
  const { result } = await grantPosApprovalWorkflow(req.scope).run({ input: { showroom_id: req.showroom.id, staff: req.pos_staff, token_digest: digest } })
  res.status(201).json({ approval: { token, expires_at: result.expires_at, manager: { id: req.pos_staff.id, name: req.pos_staff.name } } })
}
