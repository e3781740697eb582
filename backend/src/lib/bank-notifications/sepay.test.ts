import { createHmac } from "node:crypto"
import { BankNotificationError, type RequestHeaders } from "./bank-notification"
import { sepay } from "./sepay"

const SECRET = "sepay-webhook-secret-for-tests"
const NOW = new Date("2025-03-25T07:02:40Z")
const NOW_SECONDS = String(Math.floor(NOW.getTime() / 1000))

/** SePay's documented body, for a transfer carrying an order reference. */
const incoming = {
  id: 92704,
  gateway: "Vietcombank",
  transactionDate: "2025-03-25 14:02:37",
  accountNumber: "0123499999",
  code: null,
  content: "MBVCB.3278907687.OCOP7K2M9QXA.CT tu 0912345678 NGUYEN VAN A toi 0123499999",
  transferType: "in",
  transferAmount: 150000,
  accumulated: 19077000,
  subAccount: null,
  referenceCode: "MBVCB.3278907687",
  description: "BankAPINotify MBVCB.3278907687.OCOP7K2M9QXA.CT tu 0912345678 NGUYEN VAN A",
}

/** Signs the body the way SePay does, with node's crypto rather than the code under test. */
function signed(rawBody: string, timestamp = NOW_SECONDS, secret = SECRET): RequestHeaders {
  const hex = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")
  return { "content-type": "application/json", "x-sepay-signature": `sha256=${hex}`, "x-sepay-timestamp": timestamp }
}

function refusal(verify: () => unknown): BankNotificationError {
  try {
    verify()
  } catch (error) {
    if (error instanceof BankNotificationError) return error
    throw error
  }
  throw new Error("The notification was accepted.")
}

describe("SePay notifications", () => {
  const rawBody = JSON.stringify(incoming)

  it("reads a signed incoming transfer", () => {
    expect(sepay.verifyAndParse(rawBody, signed(rawBody), SECRET, NOW)).toEqual({
      service: "sepay",
      transactionId: "92704",
      amount: 150000,
      description: incoming.content,
      accountNumber: "0123499999",
      bankReference: "MBVCB.3278907687",
      // SePay's times are Vietnam's, UTC+7.
      receivedAt: new Date("2025-03-25T07:02:37Z"),
    })
  })

  it("verifies the raw bytes, given as a Buffer too, whatever the case of the header names", () => {
    const headers = signed(rawBody)
    const mixedCase = { "X-SePay-Signature": headers["x-sepay-signature"], "X-SePay-Timestamp": headers["x-sepay-timestamp"] }
    expect(sepay.verifyAndParse(Buffer.from(rawBody), mixedCase, SECRET, NOW).amount).toBe(150000)
  })

  it("refuses a signature made with another secret", () => {
    const error = refusal(() => sepay.verifyAndParse(rawBody, signed(rawBody, NOW_SECONDS, "someone-else"), SECRET, NOW))
    expect([error.reason, error.httpStatus]).toEqual(["invalid_signature", 401])
  })

  it("refuses a body changed after it was signed, even only re-serialised", () => {
    const headers = signed(rawBody)
    const larger = JSON.stringify({ ...incoming, transferAmount: 1500000 })
    expect(refusal(() => sepay.verifyAndParse(larger, headers, SECRET, NOW)).reason).toBe("invalid_signature")
    const reformatted = JSON.stringify(incoming, null, 2)
    expect(refusal(() => sepay.verifyAndParse(reformatted, headers, SECRET, NOW)).reason).toBe("invalid_signature")
  })

  it("refuses a timestamp changed after signing, which would let an old notification be replayed", () => {
    const headers = { ...signed(rawBody, String(Number(NOW_SECONDS) - 3600)), "x-sepay-timestamp": NOW_SECONDS }
    expect(refusal(() => sepay.verifyAndParse(rawBody, headers, SECRET, NOW)).reason).toBe("invalid_signature")
  })

  it("refuses more than 5 minutes of clock skew either way, and takes exactly 5", () => {
    const at = (offsetSeconds: number) => String(Number(NOW_SECONDS) + offsetSeconds)
    for (const offset of [-301, 301, -86400]) {
      const error = refusal(() => sepay.verifyAndParse(rawBody, signed(rawBody, at(offset)), SECRET, NOW))
      expect([error.reason, error.httpStatus]).toEqual(["stale_timestamp", 401])
    }
    for (const offset of [-300, 300]) {
      expect(sepay.verifyAndParse(rawBody, signed(rawBody, at(offset)), SECRET, NOW).transactionId).toBe("92704")
    }
  })

  it("refuses a notification without its signature or timestamp header", () => {
    const headers = signed(rawBody)
    for (const missing of ["x-sepay-signature", "x-sepay-timestamp"]) {
      const error = refusal(() => sepay.verifyAndParse(rawBody, { ...headers, [missing]: undefined }, SECRET, NOW))
      expect([error.reason, error.httpStatus]).toEqual(["missing_signature", 401])
    }
    expect(refusal(() => sepay.verifyAndParse(rawBody, { authorization: "Apikey abc" }, SECRET, NOW)).reason).toBe("missing_signature")
  })

  it("refuses a header sent twice, a timestamp that is not Unix seconds and a signature that is not hex", () => {
    const headers = signed(rawBody)
    const twice = { ...headers, "x-sepay-signature": [headers["x-sepay-signature"] as string, "sha256=00"] }
    expect(refusal(() => sepay.verifyAndParse(rawBody, twice, SECRET, NOW)).reason).toBe("invalid_signature")
    const isoTime = { ...headers, "x-sepay-timestamp": NOW.toISOString() }
    expect(refusal(() => sepay.verifyAndParse(rawBody, isoTime, SECRET, NOW)).reason).toBe("invalid_signature")
    const notHex = { ...headers, "x-sepay-signature": "sha256=not-a-signature" }
    expect(refusal(() => sepay.verifyAndParse(rawBody, notHex, SECRET, NOW)).reason).toBe("invalid_signature")
  })

  it("answers 400 to a signed body that is not JSON or lacks what a transfer needs", () => {
    for (const body of ["{not json", "[]", "null"]) {
      const error = refusal(() => sepay.verifyAndParse(body, signed(body), SECRET, NOW))
      expect([error.reason, error.httpStatus]).toEqual(["malformed", 400])
    }
    const broken = [
      { ...incoming, transferAmount: "150000" },
      { ...incoming, transferAmount: 0 },
      { ...incoming, transferAmount: 1500.5 },
      { ...incoming, id: null },
      { ...incoming, content: undefined },
      { ...incoming, transactionDate: "25/03/2025" },
      { ...incoming, transactionDate: "2025-02-30 14:02:37" },
      { ...incoming, transactionDate: "2025-13-01 14:02:37" },
      { ...incoming, transferType: "sideways" },
    ]
    for (const transaction of broken) {
      const body = JSON.stringify(transaction)
      expect(refusal(() => sepay.verifyAndParse(body, signed(body), SECRET, NOW)).reason).toBe("malformed")
    }
  })

  it("acknowledges an outgoing transfer without taking it as a payment", () => {
    const body = JSON.stringify({ ...incoming, transferType: "out" })
    const error = refusal(() => sepay.verifyAndParse(body, signed(body), SECRET, NOW))
    expect([error.reason, error.httpStatus]).toEqual(["not_incoming", 200])
  })

  it("will not verify with an empty secret, a misconfiguration rather than a bad request", () => {
    expect(() => sepay.verifyAndParse(rawBody, signed(rawBody, NOW_SECONDS, ""), "", NOW)).toThrow(/secret is not configured/)
    expect(() => sepay.verifyAndParse(rawBody, signed(rawBody, NOW_SECONDS, ""), "", NOW)).not.toThrow(BankNotificationError)
  })
})
