/** DELETE: the producer takes a video link off one of its products. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../../lib/producer-access"
import { removeVideoLinkWorkflow } from "../../../../../../workflows/remove-video-link"

export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await removeVideoLinkWorkflow(req.scope).run({ input: { id: req.params.video_id! } })
  res.json({ id: req.params.video_id, object: "video_link", deleted: true })
}
