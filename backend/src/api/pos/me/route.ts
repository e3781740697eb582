/** GET: the signed-in staff member, their role and their showroom. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../lib/pos-access"

export async function GET(req: PosRequest, res: MedusaResponse) {
  const { id, name, email, role } = req.pos_staff
  res.json({ staff: { id, name, email, role }, showroom: req.showroom })
}
