/** GET: every fair, latest first. POST: the programme office records a fair with its producers. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFairs, retrieveFair, withStorefrontLinks } from "../../../lib/trade-promotion"
import { createFairWorkflow } from "../../../workflows/create-fair"
import type { AdminCreateFair } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fairs = await listFairs(req.scope, { shop: false })
  res.json({ fairs: fairs.map(withStorefrontLinks), count: fairs.length })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateFair>, res: MedusaResponse) {
  const { result } = await createFairWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ fair: withStorefrontLinks(await retrieveFair(req.scope, { id: result.id })) })
}
