import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveShowroom } from "../../../../lib/showrooms"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ showroom: await retrieveShowroom(req.scope, req.params.id!) })
}
