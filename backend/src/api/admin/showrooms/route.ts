import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShowrooms, retrieveShowroom } from "../../../lib/showrooms"
import { createShowroomWorkflow } from "../../../workflows/create-showroom"
import type { AdminCreateShowroom } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const showrooms = await listShowrooms(req.scope)
  res.json({ showrooms, count: showrooms.length })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateShowroom>, res: MedusaResponse) {
  const { result } = await createShowroomWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ showroom: await retrieveShowroom(req.scope, result.showroom.id) })
}
