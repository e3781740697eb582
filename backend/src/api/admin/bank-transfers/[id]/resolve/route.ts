/** POST { resolution: "matched", order_id } | { resolution: "refunded", note }: settles a transfer by hand. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveBankTransferWorkflow } from "../../../../../workflows/resolve-bank-transfer"
import type { AdminResolveBankTransfer } from "../../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminResolveBankTransfer>, res: MedusaResponse) {
  const id = req.params.id!
  await resolveBankTransferWorkflow(req.scope).run({ input: { id, ...req.validatedBody } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "bank_transfer", fields: ["*"], filters: { id } })
  res.json({ bank_transfer: data[0] })
}
