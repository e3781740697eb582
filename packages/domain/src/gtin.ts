/**
 * GTIN-13 (EAN-13), the code under a pack's barcode: what the POS scanner types, what the trace
 * page's short URL carries, and what the seed and producers give every pack size.
 */

/** GS1 Vietnam's prefix. */
export const GS1_VIETNAM_PREFIX = "893"

/** The GS1 mod-10 check digit of the first 12 digits: weights 1, 3, 1, 3 … from the left. */
export function gtinCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`A GTIN-13 check digit is computed over 12 digits; got "${first12}".`)
  let sum = 0
  for (let position = 0; position < 12; position++) {
    sum += Number(first12[position]) * (position % 2 === 0 ? 1 : 3)
  }
  return (10 - (sum % 10)) % 10
}

/** True for any 13-digit code with a correct check digit (not only 893 ones: shoppers scan imported goods too). */
export function isGtin13(code: string): boolean {
  return /^\d{13}$/.test(code) && gtinCheckDigit(code.slice(0, 12)) === Number(code[12])
}

/**
 * Why a code a producer typed is not a GTIN-13, in a sentence that says what to fix, or null when
 * it is one. Spaces between the digit groups, as some labels print them, are for the caller to take out.
 */
export function gtin13Problem(code: string): string | null {
  if (!/^\d{13}$/.test(code)) {
    return `A GTIN-13 is the 13 digits under the barcode, e.g. 8934588012228; "${code.slice(0, 20)}" is not 13 digits.`
  }
  const expected = gtinCheckDigit(code.slice(0, 12))
  if (expected === Number(code[12])) return null
  return `${code} is not a valid GTIN-13: after ${code.slice(0, 12)} the check digit is ${expected}, not ${code[12]}. Copy the code again from the barcode label.`
}

/** The GTIN-13 of item `itemReference` of a company with a 5-digit reference under GS1 Vietnam. */
export function vietnameseGtin13(companyReference: string, itemReference: number): string {
  if (!/^\d{5}$/.test(companyReference)) {
    throw new Error(`GS1 company reference must be exactly 5 digits after the 893 prefix, got "${companyReference}"`)
  }
  if (!Number.isInteger(itemReference) || itemReference < 0 || itemReference > 9999) {
    throw new Error(`GS1 item reference must be an integer from 0 to 9999, got ${itemReference}`)
  }
  const first12 = GS1_VIETNAM_PREFIX + companyReference + String(itemReference).padStart(4, "0")
  return first12 + String(gtinCheckDigit(first12))
}
