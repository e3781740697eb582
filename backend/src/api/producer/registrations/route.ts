/**
 * POST: a producer registers itself, pending the programme office's approval, and the person
 * registering becomes its owner. Signed out, with an email and a password: 202 and the same answer
 * whether or not the email already has a login (its owner is told instead). Signed in as a producer
 * member (or with a login of the shop, signed in at /auth/producer_member/emailpass): 201 with the
 * new producer, whose owner is that login.
 */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { emailOfLogin } from "../../../lib/member-logins"
import { registerProducerWorkflow } from "../../../workflows/register-producer"
import type { ProducerRegistration } from "../../validators"

export const REGISTRATION_RECEIVED_MESSAGE =
  "Your registration is received. Sign in with your email and password to follow it: the programme office reviews it and emails you its decision."

export async function POST(req: AuthenticatedMedusaRequest<ProducerRegistration>, res: MedusaResponse) {
  const { owner, ...producer } = req.validatedBody
  const signedIn = (req as Partial<AuthenticatedMedusaRequest>).auth_context?.auth_identity_id
  if (signedIn) {
    if (owner.email !== undefined || owner.password !== undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "You are signed in, so the producer is registered to your login: leave out owner.email and owner.password.",
      )
    }
    const email = await emailOfLogin(req.scope, signedIn)
    const { result } = await registerProducerWorkflow(req.scope).run({
      input: { producer, owner: { name: owner.name, email, auth_identity_id: signedIn } },
    })
    return res.status(201).json({ producer: result?.producer })
  }
  if (owner.email === undefined || owner.password === undefined) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Give your email (owner.email) and choose a password (owner.password) to sign in with; if you have a login already, sign in first.",
    )
  }
  await registerProducerWorkflow(req.scope).run({ input: { producer, owner: { name: owner.name, email: owner.email, password: owner.password } } })
  res.status(202).json({ message: REGISTRATION_RECEIVED_MESSAGE })
}
