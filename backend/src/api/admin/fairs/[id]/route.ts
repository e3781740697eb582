/** GET: one fair with its producers and videos. POST: its days, place, texts or producers change. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveFair, withStorefrontLinks } from "../../../../lib/trade-promotion"
import { updateFairWorkflow } from "../../../../workflows/update-fair"
import type { AdminUpdateFair } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ fair: withStorefrontLinks(await retrieveFair(req.scope, { id: req.params.id! })) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateFair>, res: MedusaResponse) {
  await retrieveFair(req.scope, { id: req.params.id! })
  await updateFairWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ fair: withStorefrontLinks(await retrieveFair(req.scope, { id: req.params.id! })) })
}
