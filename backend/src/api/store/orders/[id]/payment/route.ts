/**
 * GET: the state of an order's payment (awaiting, paid, refunded, canceled) and, for a VietQR order,
 * the shop's account, the amount, the reference and the code to scan. The confirmation page polls
 * it until the transfer arrives. It tells nothing of the buyer: no name, address or phone.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPayment } from "../../../../../lib/payment-choices"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  res.json({ payment: await orderPayment(req.scope, req.params.id as string) })
}
