/** GET: what waits for the programme office: producers pending approval and bank transfers to resolve. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officeToDo } from "../../../../lib/reports"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await officeToDo(req.scope))
}
