import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_set",
    fields: ["id", "number", "handle", "name_vi", "name_en", "industry.*"],
    pagination: { order: { number: "ASC" } },
  })
  res.json({ product_sets: data })
}
