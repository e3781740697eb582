/** GET: one of the showroom's shifts with its cash movements and its report as it stands (another showroom's is the guard's 404). */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../../lib/pos-access"
import { presentShift, readShift } from "../../../../lib/pos-shifts"

export async function GET(req: PosRequest, res: MedusaResponse) {
  res.json({ shift: presentShift(await readShift(req.scope, req.params.id!)) })
}
