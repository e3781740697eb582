import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findProvince } from "@ocop/domain/admin-units"

/** A province's communes and wards since 2025-07-01. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const province = findProvince(req.params.province_code!)
  if (!province) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Province code "${req.params.province_code}" is not one of Vietnam's 34 provinces since 2025-07-01.`)
  res.json({ province: { code: province.code, name: province.name }, communes: province.communes })
}
