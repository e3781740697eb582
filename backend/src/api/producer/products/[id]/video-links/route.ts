/** GET: the livestreams and videos of one of the producer's products. POST: the producer attaches one. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { videoLinksOfProduct } from "../../../../../lib/trade-promotion"
import { attachVideoLinkWorkflow } from "../../../../../workflows/attach-video-link"
import type { VideoLinkBody } from "../../../../admin/fairs/validators"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ video_links: await videoLinksOfProduct(req.scope, req.params.id!) })
}

export async function POST(req: ProducerRequest<VideoLinkBody>, res: MedusaResponse) {
  const { result } = await attachVideoLinkWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id!, producer_id: req.producer.id },
  })
  res.status(201).json({ video_link: result })
}
