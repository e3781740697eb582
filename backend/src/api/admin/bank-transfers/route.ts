/** GET: the bank transfers received, by default those that paid nothing and wait for the operator. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListBankTransfersQuery } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBankTransfersQuery>, res: MedusaResponse) {
  const { to_resolve, limit, offset } = req.validatedQuery as AdminListBankTransfersQuery
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "bank_transfer",
    fields: ["*"],
    filters: to_resolve ? { outcome: { $ne: "paid" }, resolved_at: null } : {},
    pagination: { skip: offset, take: limit, order: { received_at: "DESC" } },
  })
  res.json({ bank_transfers: data, count: metadata?.count ?? data.length, limit, offset })
}
