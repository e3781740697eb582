/** GET: one campaign with what its budget has spent. POST: its names, summaries, banner or window change (workflows/update-trade-campaign.ts). */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { campaignForOperator } from "../../../../lib/trade-campaigns"
import { updateTradeCampaignWorkflow } from "../../../../workflows/update-trade-campaign"
import type { AdminUpdateCampaign } from "../../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ campaign: await campaignForOperator(req.scope, req.params.id!) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCampaign>, res: MedusaResponse) {
  await updateTradeCampaignWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ campaign: await campaignForOperator(req.scope, req.params.id!) })
}
