/**
 * POST: a manager approves the sale the cashier is making, by typing their email and password on
 * the counter (`{ email, password }`, throttled as a sign-in) or with their own session (no body).
 * The answer's token goes in the x-pos-manager-approval header of that sale, good for a few minutes
 * and for that one sale. A cashier's session, or a cashier's password, is refused.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { managerByPassword, newApprovalToken, type PosRequest } from "../../../lib/pos-access"
import { grantPosApprovalWorkflow } from "../../../workflows/grant-pos-approval"
import type { PosAskApproval } from "../validators"

export async function POST(req: PosRequest<PosAskApproval>, res: MedusaResponse) {
  const { email, password } = req.validatedBody ?? {}
  const manager = email && password ? await managerByPassword(req.scope, req.showroom.id, email, password) : req.pos_staff
  const { token, digest } = newApprovalToken()
  const { result } = await grantPosApprovalWorkflow(req.scope).run({ input: { showroom_id: req.showroom.id, staff: manager, token_digest: digest } })
  res.status(201).json({ approval: { token, expires_at: result.expires_at, manager: { id: manager.id, name: manager.name } } })
}
