/**
 * The one way the shop prints a Vietnamese address (checkout, review, order, account, the pickup
 * point): what comes before the units (house number, street, hamlet, or a place's name), then the
 * 2025 commune and province, and, when an address as issued before the 2025-07-01 merger names other
 * units, those in brackets:
 *   "Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)"
 *   "Hải Hậu Commune, Ninh Bình Province (formerly Yên Định Township, Hải Hậu District, Nam Định Province)"
 * String work only, no data files, so a browser bundle may use it.
 */

export type AddressLanguage = "vi" | "en"

/** What an address is printed from. Names are the official ones ("Xã Hải Hậu", "Tỉnh Ninh Bình"). */
export type PrintableAddress = {
  /** What comes before the units, as typed: house number and street, hamlet, or a place's name. */
  street?: string | null
  /** The 2025 commune, ward or special zone. */
  commune?: string | null
  /** The 2025 province or centrally run city. */
  province?: string | null
  /** The address as issued before the merger ("thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định"), when one is known. */
  asIssued?: string | null
}

/** The units an address names, as printed: "xã Côn Minh", "huyện Na Rì", "tỉnh Bắc Kạn". */
export type AddressUnits = { commune: string | null; district: string | null; province: string | null }

const COMMUNE_WORD = /^(xã|phường|thị trấn|đặc khu)\s/iu
const DISTRICT_WORD = /^(huyện|quận|thị xã|thành phố)\s/iu
const PROVINCE_WORD = /^(tỉnh|thành phố)\s/iu

const tidy = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim()

/**
 * The commune, district and province an address names. Villages and streets are skipped; a
 * "thành phố" is the province when it comes last, else a district-level city.
 */
export function addressUnits(address: string): AddressUnits {
  const parts = address.split(",").map(tidy).filter(Boolean)
  const units: AddressUnits = { commune: null, district: null, province: null }
  parts.forEach((part, index) => {
    const last = index === parts.length - 1
    if (last && PROVINCE_WORD.test(part)) units.province = part
    else if (COMMUNE_WORD.test(part)) units.commune = part
    else if (DISTRICT_WORD.test(part)) units.district = part
  })
  return units
}

const bare = (name: string) =>
  tidy(name)
    .replace(/^(xã|phường|thị trấn|đặc khu|tỉnh|thành phố)\s+/iu, "")
    .toLocaleLowerCase("vi")

/**
 * The units of an address as issued that the 2025 ones replaced, in the order they are written
 * (commune, district, province); null when it names the same commune and province. Any district
 * differs: the 2025 reform abolished them.
 */
export function formerUnits(asIssued: string, current: Pick<PrintableAddress, "commune" | "province">): string[] | null {
  const old = addressUnits(asIssued)
  const provinceChanged = old.province !== null && Boolean(current.province) && bare(old.province) !== bare(current.province!)
  const communeChanged = old.commune !== null && (!current.commune || bare(old.commune) !== bare(current.commune))
  if (!provinceChanged && !communeChanged && old.district === null) return null
  const names = [old.commune, old.district, old.province].filter((name): name is string => name !== null)
  return names.length > 0 ? names : null
}

/** English puts the unit's word after its name, and before a number: "Hải Hậu Commune", "Ward 1". */
const ENGLISH_UNIT_WORDS: readonly [RegExp, string][] = [
  [/^đặc khu\s+/iu, "Special Zone"],
  [/^thị trấn\s+/iu, "Township"],
  [/^thị xã\s+/iu, "Town"],
  [/^thành phố\s+/iu, "City"],
  [/^phường\s+/iu, "Ward"],
  [/^quận\s+/iu, "District"],
  [/^huyện\s+/iu, "District"],
  [/^tỉnh\s+/iu, "Province"],
  [/^xã\s+/iu, "Commune"],
]

/** "Xã Hải Hậu" → "Hải Hậu Commune", "Thành phố Hồ Chí Minh" → "Hồ Chí Minh City"; a name without a unit word as it is. */
export function unitNameInEnglish(name: string): string {
  const whole = tidy(name)
  for (const [word, english] of ENGLISH_UNIT_WORDS) {
    if (!word.test(whole)) continue
    const proper = whole.replace(word, "")
    return /^\d+$/.test(proper) ? `${english} ${proper}` : `${proper} ${english}`
  }
  return whole
}

export function formatAddress(address: PrintableAddress, language: AddressLanguage): string {
  const unit = language === "en" ? unitNameInEnglish : tidy
  const given = (value: string | null | undefined): value is string => typeof value === "string" && tidy(value) !== ""
  const street = given(address.street) ? [tidy(address.street)] : []
  const line = [...street, ...[address.commune, address.province].filter(given).map(unit)].join(", ")
  const former = given(address.asIssued) ? formerUnits(address.asIssued, address) : null
  if (!former) return line
  const formerly = former.map(unit).join(", ")
  return `${line} (${language === "en" ? "formerly" : "trước đây"} ${formerly})`
}

/** An address as the store keeps it: Medusa's fields, 2025 names in `city` and `province`. */
export type StoredAddress = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  metadata?: Record<string, unknown> | null
}

/** What of a stored address is printed; a pickup point's address as issued travels in metadata.address_as_issued. */
export function printableAddress(address: StoredAddress): PrintableAddress {
  const asIssued = address.metadata?.address_as_issued
  return {
    street: [address.address_1, address.address_2].filter((part) => part?.trim()).join(", "),
    commune: address.city,
    province: address.province,
    asIssued: typeof asIssued === "string" ? asIssued : null,
  }
}
