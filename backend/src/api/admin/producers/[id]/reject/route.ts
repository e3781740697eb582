/** POST { reason }: rejects a registration that waits; its members are told why. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRejectProducer } from "../../../../validators"
import { answerDecision } from "../decide"

export async function POST(req: AuthenticatedMedusaRequest<AdminRejectProducer>, res: MedusaResponse) {
  await answerDecision(req, res, "reject", req.validatedBody.reason)
}
