/** GET: every campaign, newest first, with what its budget has spent. POST: make one (workflows/create-trade-campaign.ts). */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date"
import { allCampaigns } from "../../../lib/trade-campaigns"
import { createTradeCampaignWorkflow } from "../../../workflows/create-trade-campaign"
import type { AdminCreateCampaign } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ campaigns: await allCampaigns(req.scope), time_zone: VIETNAM_TIME_ZONE })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCampaign>, res: MedusaResponse) {
  const { result } = await createTradeCampaignWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ campaign: result })
}
