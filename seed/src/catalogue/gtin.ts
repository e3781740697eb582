/** GTIN-13 (EAN-13) codes under GS1 Vietnam's prefix 893, as printed on OCOP labels and scanned at the POS. */

const gs1VietnamPrefix = "893"

/** The GS1 mod-10 check digit of the first 12 digits: weights 1, 3, 1, 3 … from the left. */
function checkDigit(first12: string): number {
  let sum = 0
  for (let position = 0; position < 12; position++) {
    sum += Number(first12[position]) * (position % 2 === 0 ? 1 : 3)
  }
  return (10 - (sum % 10)) % 10
}

export function gtin13(companyReference: string, itemReference: number): string {
  if (!/^\d{5}$/.test(companyReference)) {
    throw new Error(
      `GS1 company reference must be exactly 5 digits after the 893 prefix, got "${companyReference}"`
    )
  }
  if (!Number.isInteger(itemReference) || itemReference < 0 || itemReference > 9999) {
    throw new Error(`GS1 item reference must be an integer from 0 to 9999, got ${itemReference}`)
  }
  const first12 = gs1VietnamPrefix + companyReference + String(itemReference).padStart(4, "0")
  return first12 + String(checkDigit(first12))
}

/** True for any 13-digit code with a correct check digit (not only 893 ones: shoppers scan imported goods too). */
export function isValidGtin13(code: string): boolean {
  return /^\d{13}$/.test(code) && checkDigit(code.slice(0, 12)) === Number(code[12])
}
