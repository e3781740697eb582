/** GET: a province pavilion's curation (empty for one not curated) and the producers and products it may feature. POST: the operator curates it. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pavilionCandidates, retrievePavilion } from "../../../../lib/trade-promotion"
import { curatePavilionWorkflow } from "../../../../workflows/curate-pavilion"
import type { AdminCuratePavilion } from "../../fairs/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const pavilion = await retrievePavilion(req.scope, req.params.province_code!)
  res.json({ pavilion, candidates: await pavilionCandidates(req.scope, pavilion.province_code) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCuratePavilion>, res: MedusaResponse) {
  await retrievePavilion(req.scope, req.params.province_code!)
  await curatePavilionWorkflow(req.scope).run({ input: { ...req.validatedBody, province_code: req.params.province_code! } })
  res.json({ pavilion: await retrievePavilion(req.scope, req.params.province_code!) })
}
