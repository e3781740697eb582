/**
 * GET: the signed-in staff member, their role and their showroom, with what a receipt prints of it:
 * its phone, its 2025 commune and province, and its address as issued (before the 2025 merger).
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { findCommune, findProvince } from "@ocop/domain/admin-units"
import type { PosRequest } from "../../../lib/pos-access"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"

export async function GET(req: PosRequest, res: MedusaResponse) {
  const { id, name, email, role } = req.pos_staff
  const showroom = await req.scope
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .retrieveShowroom(req.showroom.id, { select: ["address_as_issued", "phone", "province_code", "commune_code"] })
  const province = findProvince(showroom.province_code)
  const commune = showroom.commune_code ? findCommune(showroom.province_code, showroom.commune_code) : undefined
  res.json({
    staff: { id, name, email, role },
    showroom: {
      ...req.showroom,
      address_as_issued: showroom.address_as_issued,
      phone: showroom.phone,
      province: province ? { code: province.code, name: province.name } : null,
      commune: commune ? { code: commune.code, name: commune.name } : null,
    },
  })
}
