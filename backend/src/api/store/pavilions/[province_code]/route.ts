/** GET: a province pavilion's curation: banner, introduction, the producers and products it shows first. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePavilion } from "../../../../lib/trade-promotion"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { banner_url: _, ...pavilion } = await retrievePavilion(req.scope, req.params.province_code!)
  res.json({ pavilion })
}
