/** GET: a campaign's livestreams and videos. POST: the operator attaches one; its page shows it as a link card. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { videoLinksOfCampaign } from "../../../../../lib/trade-promotion"
import { attachVideoLinkWorkflow } from "../../../../../workflows/attach-video-link"
import type { VideoLinkBody } from "../../../fairs/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ video_links: await videoLinksOfCampaign(req.scope, req.params.id!) })
}

export async function POST(req: AuthenticatedMedusaRequest<VideoLinkBody>, res: MedusaResponse) {
  await videoLinksOfCampaign(req.scope, req.params.id!)
  const { result } = await attachVideoLinkWorkflow(req.scope).run({ input: { ...req.validatedBody, trade_campaign_id: req.params.id! } })
  res.status(201).json({ video_link: result })
}
