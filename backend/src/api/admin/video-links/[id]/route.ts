/** DELETE: the operator takes a video link off its product, campaign or fair, whoever attached it. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeVideoLinkWorkflow } from "../../../../workflows/remove-video-link"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeVideoLinkWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ id: req.params.id, object: "video_link", deleted: true })
}
