/** The 2025 administrative units an address names, checked in one place for producers and showrooms. */
import { MedusaError } from "@medusajs/framework/utils"
import { findCommune, findProvince } from "@ocop/domain/admin-units"
import { ERROR_CODES } from "@ocop/domain/errors"

/** Refuses a province or commune code that is not a 2025 unit, or a commune outside its province. */
export function assertAdminUnits(input: { province_code?: string; commune_code?: string | null }) {
  if (input.province_code !== undefined && !findProvince(input.province_code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Province code "${input.province_code}" is not one of Vietnam's 34 provinces since 2025-07-01.`,
      ERROR_CODES.unknownProvince,
    )
  }
  if (input.commune_code && input.province_code && !findCommune(input.province_code, input.commune_code)) {
    const province = findProvince(input.province_code)!
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Commune code "${input.commune_code}" is not a commune or ward of ${province.name}.`,
      ERROR_CODES.communeNotInProvince,
    )
  }
}
