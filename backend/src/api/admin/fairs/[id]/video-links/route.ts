/** POST: the operator attaches a livestream or video to a fair. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveFair } from "../../../../../lib/trade-promotion"
import { attachVideoLinkWorkflow } from "../../../../../workflows/attach-video-link"
import type { VideoLinkBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<VideoLinkBody>, res: MedusaResponse) {
  await retrieveFair(req.scope, { id: req.params.id! })
  const { result } = await attachVideoLinkWorkflow(req.scope).run({ input: { ...req.validatedBody, fair_id: req.params.id! } })
  res.status(201).json({ video_link: result })
}
