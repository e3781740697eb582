/**
 * SePay's webhook, with its HMAC-SHA256 authentication: a transaction on the shop's bank account.
 *
 * SePay's documentation (developer.sepay.vn, "sepay-webhooks": "xac-thuc" and "bao-mat") names the
 * X-SePay-Timestamp header and asks receivers to refuse more than 5 minutes of drift; the signed
 * string is as SePay's integrators implement it and as we verify it here:
 *   X-SePay-Timestamp: <Unix seconds>
 *   X-SePay-Signature: sha256=<hex HMAC-SHA256(secret, `${timestamp}.${raw body}`)>
 * The timestamp is inside the signed string, so an old notification cannot be replayed under a new one.
 *
 * The body (the same fields with every authentication method):
 *   { "id": 92704, "gateway": "Vietcombank", "transactionDate": "2023-03-25 14:02:37",
 *     "accountNumber": "0123499999", "code": null, "content": "…", "transferType": "in",
 *     "transferAmount": 2277000, "accumulated": 19077000, "subAccount": null,
 *     "referenceCode": "MBVCB.3278907687", "description": "…" }
 * `id` is SePay's transaction id, the one it tells receivers to deduplicate on.
 */
import { type BankNotificationAdapter, BankNotificationError } from "./bank-notification"
import { assertSecret, FieldReader, headerValue, hmacSha256, parseJsonObject, signatureMatches } from "./signed-payload"

export const SEPAY_SIGNATURE_HEADER = "X-SePay-Signature"
export const SEPAY_TIMESTAMP_HEADER = "X-SePay-Timestamp"

/** SePay's own advice, and the rule: a notification signed more than 5 minutes from our clock is refused. */
export const SEPAY_MAX_CLOCK_SKEW_MS = 5 * 60 * 1000

export const sepay: BankNotificationAdapter = {
  service: "sepay",

  verifyAndParse(rawBody, headers, secret, now = new Date()) {
    assertSecret("sepay", secret)
    const signatureHeader = headerValue("sepay", headers, SEPAY_SIGNATURE_HEADER)
    const timestamp = headerValue("sepay", headers, SEPAY_TIMESTAMP_HEADER)
    if (!signatureHeader || !timestamp) {
      throw new BankNotificationError(
        "sepay",
        "missing_signature",
        `A SePay notification needs the ${SEPAY_SIGNATURE_HEADER} and ${SEPAY_TIMESTAMP_HEADER} headers; choose HMAC-SHA256 authentication for this webhook in SePay.`,
      )
    }
    if (!/^\d{1,12}$/.test(timestamp)) {
      throw new BankNotificationError("sepay", "invalid_signature", `${SEPAY_TIMESTAMP_HEADER} must be Unix seconds; got "${timestamp}".`)
    }
    const signature = signatureHeader.replace(/^sha256=/i, "")
    if (!signatureMatches(signature, hmacSha256(secret, `${timestamp}.`, rawBody))) {
      throw new BankNotificationError("sepay", "invalid_signature", "The SePay notification's signature does not match its body and timestamp.")
    }
    const skewMs = Math.abs(now.getTime() - Number(timestamp) * 1000)
    if (skewMs > SEPAY_MAX_CLOCK_SKEW_MS) {
      throw new BankNotificationError(
        "sepay",
        "stale_timestamp",
        `The SePay notification was signed ${Math.round(skewMs / 1000)} s from our clock; more than ${SEPAY_MAX_CLOCK_SKEW_MS / 1000} s is refused as a replay (check the server's NTP).`,
      )
    }

    const transaction = new FieldReader("sepay", parseJsonObject("sepay", rawBody), "")
    const transferType = transaction.text("transferType")
    if (transferType === "out") {
      throw new BankNotificationError("sepay", "not_incoming", "An outgoing transfer pays no order; acknowledged and ignored.")
    }
    if (transferType !== "in") {
      throw new BankNotificationError("sepay", "malformed", `SePay's transferType is "in" or "out"; got "${transferType}".`)
    }
    return {
      service: "sepay",
      transactionId: transaction.identifier("id"),
      amount: transaction.amount("transferAmount"),
      description: transaction.text("content"),
      accountNumber: transaction.optionalText("accountNumber"),
      bankReference: transaction.optionalText("referenceCode"),
      receivedAt: transaction.vietnamTime("transactionDate"),
    }
  },
}
