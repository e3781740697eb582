/** GET: the campaigns running now, with their products and discounts, and when the next starts or ends. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveCampaigns } from "../../../lib/trade-campaigns"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await liveCampaigns(req.scope))
}
