/** POST { reason? }: the operator records that a cash-on-delivery parcel was refused or not collected at the door. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refuseCashOnDeliveryWorkflow } from "../../../../../workflows/refuse-cash-on-delivery"
import type { AdminRecordRefusedAtDoor } from "../../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminRecordRefusedAtDoor>, res: MedusaResponse) {
  const id = req.params.id!
  await refuseCashOnDeliveryWorkflow(req.scope).run({
    input: { order_id: id, reason: req.validatedBody.reason ?? null, recorded_by: req.auth_context.actor_id },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status", "canceled_at"],
    filters: { id },
  })
  res.json({ order: data[0] })
}
