/** POST { reason? }: suspends an approved producer: its products leave the shop, its members are told. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSuspendProducer } from "../../../../validators"
import { answerDecision } from "../decide"

export async function POST(req: AuthenticatedMedusaRequest<AdminSuspendProducer>, res: MedusaResponse) {
  await answerDecision(req, res, "suspend", req.validatedBody.reason)
}
