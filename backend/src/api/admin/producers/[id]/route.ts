import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../../workflows/update-producer"
import type { AdminUpdateProducer } from "../../../validators"

async function retrieveProducer(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "producer", fields: ["*", "stock_location.*"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await retrieveProducer(req) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProducer>, res: MedusaResponse) {
  await retrieveProducer(req)
  await updateProducerWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ producer: await retrieveProducer(req) })
}
