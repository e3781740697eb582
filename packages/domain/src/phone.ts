/**
 * Vietnamese phone numbers as people type them ("0912 345 678", "+84 912.345.678", "(024) 3825 1234"):
 * the one reader for every form and API that takes a phone.
 */

/** Mobile: 0 + 3/5/7/8/9 + 8 digits. Landline since 2017: 0 + 2 + 9 digits (area code and subscriber). */
const NATIONAL = /^0(?:[35789]\d{8}|2\d{9})$/

export type VietnamesePhone = {
  /** "0912345678": how it is stored and shown. */
  national: string
  /** "+84912345678": for links (tel:) and SMS gateways. */
  e164: string
}

/** The number in its two standard forms, or null when it is not a Vietnamese phone number. */
export function parseVietnamesePhone(input: string): VietnamesePhone | null {
  const compact = input.normalize("NFC").trim().replace(/[\s.\-()]/g, "")
  if (!/^\+?\d+$/.test(compact)) return null
  let national = compact
  if (compact.startsWith("+84")) national = `0${compact.slice(3)}`
  else if (compact.startsWith("84") && compact.length >= 11) national = `0${compact.slice(2)}`
  if (!NATIONAL.test(national)) return null
  return { national, e164: `+84${national.slice(1)}` }
}

/** "0912345678", or null when the text is not a Vietnamese phone number. */
export function normalizePhone(input: string): string | null {
  return parseVietnamesePhone(input)?.national ?? null
}

/** "0912345678" → "0912 345 678": grouped the way a Vietnamese reader expects; other text as given. */
export function formatPhone(input: string): string {
  const phone = parseVietnamesePhone(input)
  if (!phone) return input
  const { national } = phone
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
}
