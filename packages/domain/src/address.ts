/**
 * The rules a Vietnamese delivery address follows in this shop: 2025 units given by code
 * (metadata.province_code, metadata.commune_code) with `province` and `city` their official names,
 * a Vietnamese phone number, and NFC text. Errors carry a stable code (ERROR_CODES) the storefront
 * maps to a field and its own words.
 */
import { findCommune, findProvince } from "./admin-units"
import { DomainRuleError, ERROR_CODES, type ErrorCode } from "./errors"
import { normalizePhone } from "./phone"
import { withoutUnitWord } from "./place-names"

export type AddressInput = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
  metadata?: Record<string, unknown> | null
}

const TEXT_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code"] as const

/** What of an address these rules read and write; its id, owner and dates are the store's. */
export const ADDRESS_FIELDS = [...TEXT_FIELDS, "country_code", "phone", "metadata"] as const

/** Those fields of an address, each present (null when unset), to compare an address with its normalized form or to write it. */
export type AddressFields = { [Field in (typeof ADDRESS_FIELDS)[number]]: NonNullable<AddressInput[Field]> | null }

export function addressFields(address: AddressInput): AddressFields {
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? null])) as AddressFields
}

/** Whether an address says more than its country (Medusa fills in a region's only country on its own). */
export function isGivenAddress(address: unknown): address is AddressInput {
  if (!address || typeof address !== "object") return false
  const given = address as Record<string, unknown>
  return ADDRESS_FIELDS.some((field) => field !== "country_code" && given[field] !== null && given[field] !== undefined && given[field] !== "")
}

function invalid(code: ErrorCode, message: string): DomainRuleError {
  return new DomainRuleError(code, message)
}

/** A name given for a unit matches when it is the official name, with or without "Tỉnh"/"Xã"…, in any case. */
function sameUnitName(given: string, official: string): boolean {
  const fold = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi")
  return fold(given) === fold(official) || fold(given) === fold(withoutUnitWord(official))
}

const codeOf = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value).trim() : undefined)

/**
 * Returns the address as it is stored: text in NFC, the phone as "0912345678", `province` and
 * `city` the official 2025 names of the codes. Throws INVALID_DATA with one of ERROR_CODES.
 * Only Vietnamese addresses (country "vn", or any that carries unit codes) need the codes; an
 * update that changes only, say, the phone is checked for what it holds.
 */
export function applyVietnameseAddressRules<A extends AddressInput>(address: A): A {
  const result: A = { ...address }
  for (const field of TEXT_FIELDS) {
    const value = result[field]
    if (typeof value === "string") (result as AddressInput)[field] = value.normalize("NFC").replace(/\s+/g, " ").trim()
  }
  if (typeof result.country_code === "string") result.country_code = result.country_code.trim().toLowerCase()

  if (typeof result.phone === "string" && result.phone.trim() !== "") {
    const phone = normalizePhone(result.phone)
    if (!phone) {
      throw invalid(
        ERROR_CODES.invalidPhone,
        `The phone number "${result.phone}" is not a Vietnamese mobile or landline number; use 10 digits starting with 0 (landlines 11, starting with 02), or +84 followed by the number without its 0.`
      )
    }
    result.phone = phone
  }

  const provinceCode = codeOf(result.metadata?.province_code)
  const communeCode = codeOf(result.metadata?.commune_code)
  const isVietnamese = result.country_code === "vn" || provinceCode !== undefined || communeCode !== undefined
  if (!isVietnamese) return result

  if (!provinceCode || !communeCode) {
    throw invalid(
      ERROR_CODES.missingUnitCodes,
      "An address in Vietnam needs the 2025 province and commune codes in metadata.province_code and metadata.commune_code."
    )
  }
  const province = findProvince(provinceCode)
  if (!province) {
    throw invalid(ERROR_CODES.unknownProvince, `Province code "${provinceCode}" is not one of Vietnam's 34 provinces of 2025.`)
  }
  const commune = findCommune(provinceCode, communeCode)
  if (!commune) {
    throw invalid(
      ERROR_CODES.communeNotInProvince,
      `Commune code "${communeCode}" is not a commune or ward of ${province.name} (province code ${provinceCode}); choose the commune again after changing the province.`
    )
  }
  if (result.province && !sameUnitName(result.province, province.name)) {
    throw invalid(
      ERROR_CODES.provinceNameMismatch,
      `The province "${result.province}" does not match province code ${provinceCode}, which is ${province.name}.`
    )
  }
  if (result.city && !sameUnitName(result.city, commune.name)) {
    throw invalid(
      ERROR_CODES.communeNameMismatch,
      `The commune "${result.city}" (city) does not match commune code ${communeCode}, which is ${commune.name}.`
    )
  }
  result.country_code = "vn"
  result.province = province.name
  result.city = commune.name
  result.metadata = { ...result.metadata, province_code: provinceCode, commune_code: communeCode }
  return result
}
