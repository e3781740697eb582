/** GET: a published product's livestreams and videos, for its page's link cards; any other product is 404. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { videoLinksOfProduct } from "../../../../../lib/trade-promotion"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const videos = await videoLinksOfProduct(req.scope, req.params.id!, { published: true })
  res.json({ video_links: videos.map(({ producer_id: _, ...video }) => video) })
}
