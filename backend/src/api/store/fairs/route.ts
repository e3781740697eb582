/** GET: the fairs on now and to come, soonest first, with their producers. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFairs } from "../../../lib/trade-promotion"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const fairs = await listFairs(req.scope, { shop: true })
  res.json({ fairs, count: fairs.length })
}
