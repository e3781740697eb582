/** GET: one campaign by its page's handle, running or not (`live` says); an unknown handle is 404. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { campaignByHandle } from "../../../../lib/trade-campaigns"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const campaign = await campaignByHandle(req.scope, req.params.handle!)
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign has the address ${req.params.handle}.`)
  res.json({ campaign })
}
