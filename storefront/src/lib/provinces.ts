// The province pavilions' URLs: a 2025 province by a segment a buyer can type without diacritics.
// The units themselves come from @ocop/domain/admin-units (server only: it reads the units file).
import { listProvinces, type Province, provinceShortName } from "@ocop/domain/admin-units";
import { toHandle } from "@ocop/domain/handle";

/**
 * The pavilion's URL segment: "Tỉnh Ninh Bình" → "ninh-binh". Read from the 2025 name, so it stays
 * the same as long as the province does; a buyer can type it without Vietnamese diacritics.
 */
export function provinceSlug(province: Pick<Province, "name">): string {
  return toHandle(provinceShortName(province.name));
}

export function findProvinceBySlug(slug: string): Province | undefined {
  return listProvinces().find((province) => provinceSlug(province) === slug);
}
