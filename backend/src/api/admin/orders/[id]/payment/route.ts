/** GET: how an order is paid and where that stands, for the Admin's order page (the store route's view). */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPayment } from "../../../../../lib/payment-choices"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payment: await orderPayment(req.scope, req.params.id!) })
}
