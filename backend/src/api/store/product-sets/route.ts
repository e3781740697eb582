import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentIndustry, presentProductSet } from "@ocop/domain/product"

export const PRODUCT_SET_FIELDS = ["id", "number", "handle", "name_vi", "name_en", "industry.*"]

/**
 * The 26 product sets of Decision 148 with their industries, in the decision's order; with the id
 * a producer's new product names as its product_set_id.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_set",
    fields: PRODUCT_SET_FIELDS,
    pagination: { order: { number: "ASC" } },
  })
  res.json({
    product_sets: data.map((set) => ({ id: set.id as string, ...presentProductSet(set)!, industry: presentIndustry(set) })),
    count: data.length,
  })
}
