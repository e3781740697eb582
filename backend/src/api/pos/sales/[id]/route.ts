/** GET: one of the showroom's sales, its lines with their producers and its payments (another showroom's is the guard's 404). */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../../lib/pos-access"
import { readSale } from "../../../../lib/pos-sales"

export async function GET(req: PosRequest, res: MedusaResponse) {
  res.json({ sale: await readSale(req.scope, req.params.id!) })
}
