/** POST: approves a registration, a rejected one reconsidered, or a suspended producer; its members are told. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerDecision } from "../decide"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerDecision(req, res, "approve")
}
