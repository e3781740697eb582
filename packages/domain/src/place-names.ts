/**
 * The names a buyer may type for where a producer is: its 2025 province and commune, every unit
 * of its address as printed on its certificates (often pre-2025: "huyện Hải Hậu, tỉnh Nam Định"),
 * and the old communes and provinces that the 2025 units absorbed.
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import { adminDataDir, findCommune, findProvince } from "./admin-units"

type MergeEntry = { old_id: string; name: string }
type MergesFile = {
  data: { level1_id: string; merges: MergeEntry[]; level2s: { level2_id: string; merges: MergeEntry[] }[] }[]
}
type Merges = Map<string, { oldProvinces: string[]; oldCommunes: Map<string, string[]> }>

/** Unit words that precede a proper name; longest first so "thị trấn" wins over a bare word. */
const UNIT_PREFIX =
  /^(tổ dân phố|khu dân cư|khu phố|thị trấn|thị xã|thành phố|tp\.?|phường|quận|huyện|tỉnh|thôn|xóm|ấp|bản|khu|xã)\s+/iu
const PROVINCE_PREFIX = /^(tỉnh|thành phố|tp\.?)\s+/iu

let merges: Merges | undefined

function loadMerges(): Merges {
  if (!merges) {
    const file = JSON.parse(readFileSync(path.join(adminDataDir(), "merges.json"), "utf8")) as MergesFile
    merges = new Map(
      file.data.map((province) => [
        province.level1_id,
        {
          oldProvinces: province.merges.map((m) => m.name),
          oldCommunes: new Map(province.level2s.map((c) => [c.level2_id, c.merges.map((m) => m.name)])),
        },
      ])
    )
  }
  return merges
}

/**
 * The 2025 commune that an old commune (by its name, e.g. "Xã Hải Nam") was merged into, within
 * a new province. Undefined when the name is unknown or ambiguous (two old communes of that name).
 */
export function communeForOldName(provinceCode: string, oldCommuneName: string): { code: string; name: string } | undefined {
  const wanted = oldCommuneName.normalize("NFC").toLocaleLowerCase("vi")
  const matches = [...(loadMerges().get(provinceCode)?.oldCommunes ?? [])].filter(([, oldNames]) =>
    oldNames.some((name) => name.normalize("NFC").toLocaleLowerCase("vi") === wanted)
  )
  const [code] = matches.length === 1 ? matches[0]! : []
  return code ? findCommune(provinceCode, code) : undefined
}

/** "Tỉnh Bắc Kạn" → "Bắc Kạn", "thôn Chè Cọ" → "Chè Cọ"; a numbered hamlet ("xóm 2") keeps its word. */
export function withoutUnitWord(name: string): string {
  const whole = name.normalize("NFC").trim()
  const bare = whole.replace(UNIT_PREFIX, "").trim()
  return /^\d+$/.test(bare) ? whole : bare
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi")

export function placeNames(producer: { province_code: string; commune_code: string | null; address_as_issued: string }): string[] {
  const names: string[] = []
  const add = (name: string | undefined) => {
    const bare = name ? withoutUnitWord(name) : ""
    if (bare && !names.some((n) => sameName(n, bare))) names.push(bare)
  }

  const province = findProvince(producer.province_code)
  add(province?.name)
  if (producer.commune_code) add(findCommune(producer.province_code, producer.commune_code)?.name)

  const addressParts = producer.address_as_issued.split(",").map((part) => part.trim()).filter(Boolean)
  addressParts.forEach(add)

  const merged = loadMerges().get(producer.province_code)
  if (producer.commune_code) merged?.oldCommunes.get(producer.commune_code)?.forEach(add)
  // An address naming its (old) province already says which one; otherwise every province merged
  // into the 2025 one is a name a buyer from there may still use.
  if (!addressParts.some((part) => PROVINCE_PREFIX.test(part))) merged?.oldProvinces.forEach(add)
  return names
}
