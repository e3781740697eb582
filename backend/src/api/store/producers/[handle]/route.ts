import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentProducer } from "@ocop/domain/product"
import { PRODUCER_FIELDS } from "../route"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: PRODUCER_FIELDS,
    filters: { handle: req.params.handle, status: "approved" },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer has the handle "${req.params.handle}".`)
  }
  res.json({ producer: presentProducer(data[0]!) })
}
