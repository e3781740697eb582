import { createHmac } from "node:crypto"
import { BankNotificationError } from "./bank-notification"
import { payos, payosSignedString } from "./payos"

/**
 * payOS's published example, with its checksum key and the signature it prints
 * (payos.vn/docs/tich-hop-webhook/kiem-tra-du-lieu-voi-signature/).
 */
const PUBLISHED_CHECKSUM_KEY = "1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675"
const publishedWebhook = {
  code: "00",
  desc: "success",
  success: true,
  data: {
    orderCode: 123,
    amount: 3000,
    description: "VQRIO123",
    accountNumber: "12345678",
    reference: "TF230204212323",
    transactionDateTime: "2023-02-04 18:25:00",
    currency: "VND",
    paymentLinkId: "124c33293c43417ab7879e14c8d9eb18",
    code: "00",
    desc: "Thành công",
    counterAccountBankId: "",
    counterAccountBankName: "",
    counterAccountName: "",
    counterAccountNumber: "",
    virtualAccountName: "",
    virtualAccountNumber: "",
  },
  signature: "412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03",
}

const SECRET = "payos-checksum-key-for-tests"

/** A payOS body for `data`, signed with node's crypto the way payOS documents it. */
function signedBody(data: Record<string, unknown>, secret = SECRET, top: Record<string, unknown> = {}): string {
  const sorted = Object.keys(data)
    .sort()
    .map((key) => `${key}=${data[key] ?? ""}`)
    .join("&")
  const signature = createHmac("sha256", secret).update(sorted).digest("hex")
  return JSON.stringify({ code: "00", desc: "success", success: true, data, signature, ...top })
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

const order = {
  ...publishedWebhook.data,
  orderCode: 240001,
  amount: 150000,
  description: "OCOP7K2M9QXA",
  reference: "FT25084123456789",
  transactionDateTime: "2025-03-25 14:02:37",
  counterAccountName: null,
}

describe("payOS notifications", () => {
  it("verifies payOS's published example and reads it", () => {
    expect(payos.verifyAndParse(JSON.stringify(publishedWebhook), {}, PUBLISHED_CHECKSUM_KEY)).toEqual({
      service: "payos",
      transactionId: "TF230204212323",
      amount: 3000,
      description: "VQRIO123",
      accountNumber: "12345678",
      bankReference: "TF230204212323",
      // payOS's times are Vietnam's, UTC+7.
      receivedAt: new Date("2023-02-04T11:25:00Z"),
    })
  })

  it("reads a signed payment given as a Buffer, with null fields signed as empty", () => {
    const notification = payos.verifyAndParse(Buffer.from(signedBody(order)), {}, SECRET)
    expect([notification.transactionId, notification.amount, notification.description]).toEqual(["FT25084123456789", 150000, "OCOP7K2M9QXA"])
    expect(notification.receivedAt).toEqual(new Date("2025-03-25T07:02:37Z"))
    const withOffset = payos.verifyAndParse(signedBody({ ...order, transactionDateTime: "2025-03-25T07:02:37Z" }), {}, SECRET)
    expect(withOffset.receivedAt).toEqual(new Date("2025-03-25T07:02:37Z"))
  })

  it("refuses the published example under another checksum key", () => {
    const error = refusal(() => payos.verifyAndParse(JSON.stringify(publishedWebhook), {}, SECRET))
    expect([error.reason, error.httpStatus]).toEqual(["invalid_signature", 401])
  })

  it("refuses data changed after it was signed", () => {
    const tampered = [
      { ...publishedWebhook, data: { ...publishedWebhook.data, amount: 300000 } },
      { ...publishedWebhook, data: { ...publishedWebhook.data, description: "OCOP7K2M9QXA" } },
      { ...publishedWebhook, data: { ...publishedWebhook.data, extra: "added" } },
      { ...publishedWebhook, signature: publishedWebhook.signature.replace(/^4/, "5") },
    ]
    for (const body of tampered) {
      const error = refusal(() => payos.verifyAndParse(JSON.stringify(body), {}, PUBLISHED_CHECKSUM_KEY))
      expect([error.reason, error.httpStatus]).toEqual(["invalid_signature", 401])
    }
  })

  it("refuses a notification without a signature", () => {
    const { signature: _signature, ...unsigned } = publishedWebhook
    for (const body of [unsigned, { ...publishedWebhook, signature: "" }, { ...publishedWebhook, signature: 412 }]) {
      const error = refusal(() => payos.verifyAndParse(JSON.stringify(body), {}, PUBLISHED_CHECKSUM_KEY))
      expect([error.reason, error.httpStatus]).toEqual(["missing_signature", 401])
    }
  })

  it("answers 400 to a body that is not JSON, has no data, or lacks what a payment needs", () => {
    for (const body of ["{not json", "", "[]", JSON.stringify({ ...publishedWebhook, data: null })]) {
      const error = refusal(() => payos.verifyAndParse(body, {}, PUBLISHED_CHECKSUM_KEY))
      expect([error.reason, error.httpStatus]).toEqual(["malformed", 400])
    }
    for (const data of [
      { ...order, amount: "150000" },
      { ...order, amount: -150000 },
      { ...order, reference: "" },
      { ...order, description: null },
      { ...order, transactionDateTime: "yesterday" },
    ]) {
      expect(refusal(() => payos.verifyAndParse(signedBody(data), {}, SECRET)).reason).toBe("malformed")
    }
  })

  it("acknowledges a payment payOS reports as not paid, whatever the unsigned top level claims", () => {
    const body = signedBody({ ...order, code: "01", desc: "Thất bại" }, SECRET, { code: "00", success: true })
    const error = refusal(() => payos.verifyAndParse(body, {}, SECRET))
    expect([error.reason, error.httpStatus]).toEqual(["not_incoming", 200])
  })

  it("writes the signed string as payOS's SDK does", () => {
    expect(payosSignedString({ b: null, a: [{ y: 1, x: 2 }], c: "null", d: 5, e: true, f: "Thành công" })).toBe(
      'a=[{"x":2,"y":1}]&b=&c=&d=5&e=true&f=Thành công',
    )
  })

  it("will not verify with an empty checksum key", () => {
    expect(() => payos.verifyAndParse(JSON.stringify(publishedWebhook), {}, " ")).toThrow(/secret is not configured/)
  })
})
