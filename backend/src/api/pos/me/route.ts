/** GET: the signed-in staff member, their role and their showroom, with its address and phone as a receipt prints them. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../lib/pos-access"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"

export async function GET(req: PosRequest, res: MedusaResponse) {
  const { id, name, email, role } = req.pos_staff
  const { address_as_issued, phone } = await req.scope
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .retrieveShowroom(req.showroom.id, { select: ["address_as_issued", "phone"] })
  res.json({ staff: { id, name, email, role }, showroom: { ...req.showroom, address_as_issued, phone } })
}
