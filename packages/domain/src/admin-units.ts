/**
 * Vietnam's 2025 administrative units (34 provinces, 3,321 communes and wards since 2025-07-01)
 * and the old → new mapping, read once from the repository's data/vn-admin-2025 (MIT). Server
 * only: it reads files.
 */
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"

export type Commune = { code: string; name: string }
export type Province = { code: string; name: string; communes: Commune[] }

function findUp(start: string): string | undefined {
  let dir = start
  for (;;) {
    const candidate = path.join(dir, "data", "vn-admin-2025")
    if (existsSync(path.join(candidate, "units.json"))) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

let dataDir: string | undefined

/**
 * data/vn-admin-2025, found above this package or above the working directory (a bundled server
 * such as Next's no longer knows where this file came from).
 */
export function adminDataDir(): string {
  dataDir ??= findUp(__dirname) ?? findUp(process.cwd())
  if (!dataDir) throw new Error(`data/vn-admin-2025/units.json was not found above ${__dirname} or ${process.cwd()}`)
  return dataDir
}

type IndexedProvince = Province & { communeByCode: Map<string, Commune> }
let provincesByCode: Map<string, IndexedProvince> | undefined
let provinces: Province[] | undefined

function load(): Map<string, IndexedProvince> {
  if (!provincesByCode) {
    const units = JSON.parse(readFileSync(path.join(adminDataDir(), "units.json"), "utf8")) as { provinces: Province[] }
    provinces = units.provinces
    provincesByCode = new Map(
      units.provinces.map((p) => [p.code, { ...p, communeByCode: new Map(p.communes.map((c) => [c.code, c])) }]),
    )
  }
  return provincesByCode
}

/** The 34 provinces in the order of their codes, each with its communes and wards. */
export function listProvinces(): readonly Province[] {
  load()
  return provinces!
}

export function findProvince(code: string): Province | undefined {
  return load().get(code)
}

export function findCommune(provinceCode: string, communeCode: string): Commune | undefined {
  return load().get(provinceCode)?.communeByCode.get(communeCode)
}

/** "Tỉnh Ninh Bình" → "Ninh Bình", "Thành phố Hồ Chí Minh" → "Hồ Chí Minh". */
export function provinceShortName(name: string): string {
  return name.replace(/^(Tỉnh|Thành phố)\s+/u, "")
}
