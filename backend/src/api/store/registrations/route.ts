/**
 * POST /store/registrations: a buyer registers with email, password, name and phone. Every
 * registration is answered 202 "check your inbox", for a new email, one with an account and one
 * waiting for its confirmation alike; what happens is told to the inbox (lib/registration.ts).
 * Throttled per client address before this runs (api/middlewares.ts).
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startRegistration } from "../../../lib/registration"
import type { StoreRegister } from "../../validators"

export async function POST(req: MedusaRequest<StoreRegister>, res: MedusaResponse) {
  res.status(202).json(await startRegistration(req.scope, req.validatedBody))
}
