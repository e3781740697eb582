/**
 * payOS's payment webhook: { code, desc, success, data: { orderCode, amount, description,
 * accountNumber, reference, transactionDateTime, currency, paymentLinkId, code, desc, counter… },
 * signature }.
 *
 * The signature is HMAC-SHA256, with the checksum key, of `data`'s fields sorted by name and written
 * `key=value` joined by `&` (payos.vn/docs, "tich-hop-webhook/kiem-tra-du-lieu-voi-signature"). Only
 * `data` is signed, so the top-level `code` and `success` are never trusted: `data.code` says
 * whether the payment succeeded. The body is parsed from its raw bytes here, so the values signed are
 * the values sent.
 */
import { type BankNotificationAdapter, BankNotificationError } from "./bank-notification"
import { assertSecret, FieldReader, hmacSha256, isPlainObject, parseJsonObject, signatureMatches } from "./signed-payload"

/** payOS's code of a successful payment, in `data.code`. */
const PAID = "00"

/**
 * The string payOS signs, written the way its own SDK (@payos/node 2.0.5, createSignatureFromObj)
 * writes it, since that is the verifier payOS ships: keys in code-unit order; null, and the texts
 * "null" and "undefined", as empty; an array as JSON of its items with their keys sorted; any other
 * value as its string.
 */
export function payosSignedString(data: Record<string, unknown>): string {
  return Object.keys(data)
    .sort()
    .filter((key) => data[key] !== undefined)
    .map((key) => {
      const value = data[key]
      if (value === null || value === "null" || value === "undefined") return `${key}=`
      if (Array.isArray(value)) return `${key}=${JSON.stringify(value.map((item) => (isPlainObject(item) ? withSortedKeys(item) : item)))}`
      return `${key}=${String(value)}`
    })
    .join("&")
}

function withSortedKeys(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]]))
}

export const payos: BankNotificationAdapter = {
  service: "payos",

  verifyAndParse(rawBody, _headers, secret) {
    assertSecret("payos", secret)
    // payOS puts its signature in the body, so the body must be read before it can be verified.
    const body = parseJsonObject("payos", rawBody)
    const signature = body.signature
    if (typeof signature !== "string" || !signature) {
      throw new BankNotificationError("payos", "missing_signature", "A payOS notification carries its signature in the body's signature field; it has none.")
    }
    const data = body.data
    if (!isPlainObject(data)) throw new BankNotificationError("payos", "malformed", "A payOS notification carries its payment in a data object; it has none.")
    if (!signatureMatches(signature, hmacSha256(secret, payosSignedString(data)))) {
      throw new BankNotificationError("payos", "invalid_signature", "The payOS notification's signature does not match its data.")
    }

    const payment = new FieldReader("payos", data, "data.")
    const code = payment.text("code")
    if (code !== PAID) {
      throw new BankNotificationError("payos", "not_incoming", `payOS reports payment code ${code} (not ${PAID}, paid); acknowledged and ignored.`)
    }
    const reference = payment.nonEmptyText("reference")
    return {
      service: "payos",
      // The bank's transfer reference: payOS sends it again, unchanged, when it retries.
      transactionId: reference,
      amount: payment.amount("amount"),
      description: payment.text("description"),
      accountNumber: payment.optionalText("accountNumber"),
      bankReference: reference,
      receivedAt: payment.vietnamTime("transactionDateTime"),
    }
  },
}
