/**
 * The reference a buyer sends as the purpose of a bank transfer ("OCOP7K2M9QXA"), and how it is found
 * again in the description the bank passes on, so that the money reaches its order.
 */

export const TRANSFER_REFERENCE_PREFIX = "OCOP"

/**
 * Crockford's base32 digits: no I, L, O or U, which a buyer copying from a screen mistakes for 1, 0
 * or V. 32 symbols, so one random byte's low 5 bits pick one without bias.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

const CODE_LENGTH = 8

const REFERENCE = /^OCOP[0-9A-HJKMNP-TV-Z]{8}$/

/**
 * Anywhere in a description: banks glue their own prefixes and suffixes to the purpose
 * ("MBVCB.1234.OCOP7K2M9QXA.CT tu …", or the same with the dots dropped), so no word boundary is
 * required; the fixed length says where the code ends.
 */
const REFERENCE_IN_TEXT = /OCOP[0-9A-HJKMNP-TV-Z]{8}/

/** Fills `length` random bytes; defaults to Web Crypto, which Node and every browser have. */
export type RandomBytes = (length: number) => Uint8Array

const webCryptoRandomBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length))

/** A new order reference: "OCOP" and 8 random base32 digits (40 bits, so two orders practically never share one). */
export function newTransferReference(randomBytes: RandomBytes = webCryptoRandomBytes): string {
  const bytes = randomBytes(CODE_LENGTH)
  if (bytes.length < CODE_LENGTH) throw new Error(`A transfer reference needs ${CODE_LENGTH} random bytes; got ${bytes.length}.`)
  let code = ""
  for (let index = 0; index < CODE_LENGTH; index++) code += ALPHABET[(bytes[index] as number) & 31]
  return TRANSFER_REFERENCE_PREFIX + code
}

/** True for a reference exactly as we issue it (uppercase, no spaces). */
export function isTransferReference(text: string): boolean {
  return REFERENCE.test(text)
}

/**
 * The first order reference inside a bank's transfer description, uppercased, or null when there is
 * none. Tolerates lowercase (some apps keep what the buyer typed) and any surrounding text.
 */
export function findTransferReference(description: string): string | null {
  return REFERENCE_IN_TEXT.exec(description.toUpperCase())?.[0] ?? null
}
