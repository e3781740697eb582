import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerDecision } from "@ocop/domain/producer-accounts"
import { decideProducerStatusWorkflow } from "../../../../workflows/decide-producer-status"
import { retrieveProducer } from "./route"

/** Runs the programme office's decision on the producer of the path and answers with the producer as it now is. */
export async function answerDecision(req: AuthenticatedMedusaRequest<unknown>, res: MedusaResponse, decision: ProducerDecision, reason?: string | null) {
  await decideProducerStatusWorkflow(req.scope).run({ input: { producer_id: req.params.id!, decision, reason } })
  res.json({ producer: await retrieveProducer(req) })
}
