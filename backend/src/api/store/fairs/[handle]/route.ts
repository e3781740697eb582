/** GET: one fair's page: its days, place, approved producers and videos. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveFair } from "../../../../lib/trade-promotion"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ fair: await retrieveFair(req.scope, { handle: req.params.handle! }) })
}
