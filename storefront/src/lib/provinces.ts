// Vietnam's 34 provinces since 2025-07-01 and their communes, read on the server from the
// repository's data/vn-admin-2025/units.json (the file the backend reads too).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type Commune = { code: string; name: string };
export type Province = { code: string; name: string; communes: Commune[] };

let provinces: Province[] | undefined;

/** Walks up from the server's working directory (the storefront) to the folder holding data/vn-admin-2025. */
export function unitsFile(start = process.cwd()): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, "data", "vn-admin-2025", "units.json");
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`data/vn-admin-2025/units.json was not found above ${start}`);
    dir = parent;
  }
}

/** The 34 provinces in the order of their codes, each with its communes and wards. */
export function listProvinces(): Province[] {
  provinces ??= (JSON.parse(readFileSync(unitsFile(), "utf8")) as { provinces: Province[] }).provinces;
  return provinces;
}

export function findProvince(code: string): Province | undefined {
  return listProvinces().find((province) => province.code === code);
}

/** "Tỉnh Ninh Bình" → "Ninh Bình", "Thành phố Hồ Chí Minh" → "Hồ Chí Minh". */
export function provinceShortName(name: string): string {
  return name.replace(/^(Tỉnh|Thành phố)\s+/u, "");
}

/**
 * The pavilion's URL segment: "Tỉnh Ninh Bình" → "ninh-binh". Read from the 2025 name, so it stays
 * the same as long as the province does; a buyer can type it without Vietnamese diacritics.
 */
export function provinceSlug(province: Pick<Province, "name">): string {
  return provinceShortName(province.name)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function findProvinceBySlug(slug: string): Province | undefined {
  return listProvinces().find((province) => provinceSlug(province) === slug);
}
