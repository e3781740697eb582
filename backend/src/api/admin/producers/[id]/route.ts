import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { decideProducerStatus, decisionLeadingTo } from "@ocop/domain/producer-accounts"
import { enforce } from "../../../../lib/domain-rules"
import { decideProducerStatusWorkflow } from "../../../../workflows/decide-producer-status"
import { updateProducerWorkflow } from "../../../../workflows/update-producer"
import type { AdminUpdateProducer } from "../../../validators"

export async function retrieveProducer(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "producer", fields: ["*", "stock_location.*"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  // throwIfKeyNotFound answers an unknown id with 404 before this.
  return data[0]!
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await retrieveProducer(req) })
}

/**
 * Updates the producer's details. A new `status` is the programme office's decision that leads to
 * it (approve, reject, suspend), checked and told to the members as /approve, /reject and /suspend
 * do, before any detail is written; a rejection needs its reason, so it goes through /reject.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProducer>, res: MedusaResponse) {
  const current = await retrieveProducer(req)
  const { status, ...details } = req.validatedBody
  const decision = status && status !== current.status ? decisionLeadingTo(status) : undefined
  if (status && status !== current.status) {
    if (!decision) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A producer does not go back to pending: approve, reject or suspend it.")
    }
    enforce(() => decideProducerStatus(current.status, decision))
  }
  if (Object.keys(details).length) await updateProducerWorkflow(req.scope).run({ input: { id: req.params.id!, ...details } })
  if (decision) await decideProducerStatusWorkflow(req.scope).run({ input: { producer_id: req.params.id!, decision } })
  res.json({ producer: await retrieveProducer(req) })
}
