/**
 * The Admin's "Convert to order" on a draft order, answered as Medusa's own route answers, but
 * through place-draft-order so a draft order meets the buying rules a cart meets at checkout.
 * Medusa's middlewares for this path (authentication, RBAC policy, query fields) still run.
 */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { placeDraftOrderWorkflow } from "../../../../../workflows/place-draft-order"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const id = req.params.id!
  await placeDraftOrderWorkflow(req.scope).run({ input: { id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", filters: { id }, fields: req.queryConfig.fields })
  res.status(200).json({ order: data[0] })
}
