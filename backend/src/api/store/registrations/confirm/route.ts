/**
 * POST /store/registrations/confirm { token }: the token of the link a registration emailed. Makes
 * the customer and answers with their session, the token a sign-in gives (`{ token }`). A forged,
 * cut or expired link is 400 with the way to a new one; a link used already is 409.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cookieSecretOf } from "../../../../lib/order-access"
import { confirmationClaims, customerSessionToken } from "../../../../lib/registration"
import { confirmRegistrationWorkflow } from "../../../../workflows/confirm-registration"
import type { StoreConfirmRegistration } from "../../../validators"

export async function POST(req: MedusaRequest<StoreConfirmRegistration>, res: MedusaResponse) {
  const { exp: _expiry, ...registration } = confirmationClaims(cookieSecretOf(req.scope), req.validatedBody.token)
  await confirmRegistrationWorkflow(req.scope).run({ input: registration })
  res.setHeader("Cache-Control", "no-store")
  res.json({ token: await customerSessionToken(req.scope, registration.auth_identity_id) })
}
