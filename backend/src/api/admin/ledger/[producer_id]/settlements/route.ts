/** POST: settle the producer's ledger up to `period_end` (a day in Vietnam); answers the settlement with its VietQR payload. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date"
import { settleProducerWorkflow } from "../../../../../workflows/settle-producer"
import type { AdminSettleProducer } from "../../../../validators"

/** The last millisecond of a day in Vietnam (UTC+7 all year). */
const endOfVietnamDay = (day: string) => new Date(`${day}T23:59:59.999+07:00`)

export async function POST(req: AuthenticatedMedusaRequest<AdminSettleProducer>, res: MedusaResponse) {
  const { result } = await settleProducerWorkflow(req.scope).run({
    input: { producer_id: req.params.producer_id!, period_end: endOfVietnamDay(req.validatedBody.period_end), created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ settlement: result, time_zone: VIETNAM_TIME_ZONE })
}
