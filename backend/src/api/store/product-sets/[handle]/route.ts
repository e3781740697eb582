import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentIndustry, presentProductSet } from "@ocop/domain/product"
import { PRODUCT_SET_FIELDS } from "../route"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_set",
    fields: PRODUCT_SET_FIELDS,
    filters: { handle: req.params.handle },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP product set has the handle "${req.params.handle}".`)
  }
  res.json({ product_set: { ...presentProductSet(data[0])!, industry: presentIndustry(data[0]) } })
}
