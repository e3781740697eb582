/**
 * Vietnam's 2025 administrative units (34 provinces, 3,321 communes since 2025-07-01) and the
 * old → new mapping, read once from the repository's data/vn-admin-2025.
 */
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"

export type Commune = { code: string; name: string }
export type Province = { code: string; name: string; communes: Commune[] }

/** Finds data/vn-admin-2025 by walking up from here, so source and built code both find it. */
export function adminDataDir(): string {
  let dir = __dirname
  for (;;) {
    const candidate = path.join(dir, "data", "vn-admin-2025")
    if (existsSync(path.join(candidate, "units.json"))) {
      return candidate
    }
    const parent = path.dirname(dir)
    if (parent === dir) {
      throw new Error(`data/vn-admin-2025/units.json was not found above ${__dirname}`)
    }
    dir = parent
  }
}

let provincesByCode: Map<string, Province & { communeByCode: Map<string, Commune> }> | undefined

function load() {
  if (!provincesByCode) {
    const units = JSON.parse(readFileSync(path.join(adminDataDir(), "units.json"), "utf8")) as {
      provinces: Province[]
    }
    provincesByCode = new Map(
      units.provinces.map((p) => [p.code, { ...p, communeByCode: new Map(p.communes.map((c) => [c.code, c])) }])
    )
  }
  return provincesByCode
}

export function listProvinces(): Province[] {
  return [...load().values()].map(({ communeByCode: _, ...province }) => province)
}

export function findProvince(code: string): Province | undefined {
  return load().get(code)
}

export function findCommune(provinceCode: string, communeCode: string): Commune | undefined {
  return load().get(provinceCode)?.communeByCode.get(communeCode)
}
