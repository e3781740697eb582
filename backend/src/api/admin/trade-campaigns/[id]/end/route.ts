/** POST: a live campaign ends now, its discount with it (workflows/end-trade-campaign.ts). */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { campaignForOperator } from "../../../../../lib/trade-campaigns"
import { endTradeCampaignWorkflow } from "../../../../../workflows/end-trade-campaign"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await endTradeCampaignWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ campaign: await campaignForOperator(req.scope, req.params.id!) })
}
