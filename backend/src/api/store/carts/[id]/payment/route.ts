/** GET: the ways this cart can be paid, each available or not with the reason (cash on delivery above its ceiling). */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartPaymentChoices } from "../../../../../lib/payment-choices"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ payment_choices: await cartPaymentChoices(req.scope, req.params.id as string) })
}
