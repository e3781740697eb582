/**
 * POST /store/password-resets { email, locale }: emails a link that sets a new password, if the
 * email has a login. Answered 202 "check your inbox" whatever the email (lib/password-reset.ts).
 * Throttled per client address before this runs (api/middlewares.ts).
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestPasswordReset } from "../../../lib/password-reset"
import type { StoreRequestPasswordReset } from "../../validators"

export async function POST(req: MedusaRequest<StoreRequestPasswordReset>, res: MedusaResponse) {
  const { email, locale } = req.validatedBody
  res.status(202).json(await requestPasswordReset(req.scope, email, locale))
}
