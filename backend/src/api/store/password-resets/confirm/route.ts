/**
 * POST /store/password-resets/confirm { token, password }: sets the new password of the login the
 * link names, and spends the link. A link past its time, used, replaced or forged is 400 with the
 * way to a new one; a password the rules refuse is 400 before the link is spent, so the buyer can
 * choose another with the same link.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { passwordProblem } from "@ocop/domain/account"
import { clearSignInAttempts } from "../../../../lib/auth-attempts"
import { resetClaims } from "../../../../lib/password-reset"
import { resetPasswordWorkflow } from "../../../../workflows/reset-password"
import { passwordProblemSentence, type StoreResetPassword } from "../../../validators"

export async function POST(req: MedusaRequest<StoreResetPassword>, res: MedusaResponse) {
  const { token, password } = req.validatedBody
  const { email, jti } = resetClaims(req.scope, token)
  const problem = passwordProblem(password, email)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, passwordProblemSentence(problem))
  await resetPasswordWorkflow(req.scope).run({ input: { email, jti, password } })
  // The owner proved the email: the locks earlier wrong passwords put on the account are lifted.
  await clearSignInAttempts(req.scope, email)
  res.setHeader("Cache-Control", "no-store")
  res.json({ password_reset: { email, status: "done" } })
}
