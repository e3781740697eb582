import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { DomainRuleError, ERROR_CODES } from "./errors"
import { crc16CcittFalse, decodeVietQr, encodeVietQr } from "./vietqr"

/*
 * Published payloads, each with the checksum its publisher printed:
 * - github.com/subiz/vietqr, vietqr_test.go (TestCrc, TestQR) and README.md, commit 5a7c860. The
 *   970403 / NPS6869 / "thanh toan don hang" payloads are the examples of NAPAS's VietQR
 *   specification (the repository keeps the PDF in spec/), the others its own generator's output.
 * - pkg.go.dev/github.com/thanhtinhpas1/vietqr-parser, README: a payload with a right checksum but
 *   format indicator "00" instead of "01".
 */
const PUBLISHED = {
  floodRelief:
    "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
  staticAccount: "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4",
  napasAccount:
    "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E",
  napasCard:
    "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203",
  napasStaticCard: "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52",
  textString:
    "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6",
  formatIndicator00: "00020001021238570010A00000072701270006970436011308810004580860208QRIBFTTA53037045802VN6304CD60",
}

const refusedWith = (code: string) => (error: unknown) => error instanceof DomainRuleError && error.code === code

/** The payload with a checksum recomputed over its altered content, so that only the alteration is refused. */
const reChecksummed = (payload: string) => {
  const body = payload.slice(0, -4)
  return body + crc16CcittFalse(body).toString(16).toUpperCase().padStart(4, "0")
}

describe("CRC-16/CCITT-FALSE", () => {
  it("gives the catalogued check value 0x29B1 for 123456789", () => {
    assert.equal(crc16CcittFalse("123456789"), 0x29b1)
  })

  it("gives the checksums printed in NAPAS's examples", () => {
    assert.equal(crc16CcittFalse(PUBLISHED.napasAccount.slice(0, -4)), 0x2e2e)
    assert.equal(crc16CcittFalse(PUBLISHED.napasCard.slice(0, -4)), 0xa203)
  })
})

describe("encodeVietQr", () => {
  it("writes the published payloads character for character", () => {
    assert.equal(
      encodeVietQr({ bin: "970415", accountNumber: "0011001932418", amount: 120_000, purpose: "ung ho lu lut" }),
      PUBLISHED.floodRelief,
    )
    assert.equal(
      encodeVietQr({ bin: "970422", accountNumber: "0023457923442", amount: 40_123, purpose: "test text string" }),
      PUBLISHED.textString,
    )
    assert.equal(encodeVietQr({ bin: "970423", accountNumber: "0099999999" }), PUBLISHED.staticAccount)
    assert.equal(encodeVietQr({ bin: "970403", accountNumber: "9704031101234567", service: "card" }), PUBLISHED.napasStaticCard)
  })

  it("makes a dynamic code for an order, which reads back to the same transfer", () => {
    const payload = encodeVietQr({ bin: "970436", accountNumber: "1023456789", amount: 1_943_000, purpose: "OCOP7K2M9QXA" })
    assert.match(payload, /^00020101021238/)
    assert.match(payload, /5407194300058/)
    assert.match(payload, /62160812OCOP7K2M9QXA6304[0-9A-F]{4}$/)
    assert.deepEqual(decodeVietQr(payload), {
      initiation: "dynamic",
      bin: "970436",
      accountNumber: "1023456789",
      service: "account",
      amount: 1_943_000,
      purpose: "OCOP7K2M9QXA",
      currency: "704",
      country: "VN",
    })
  })

  it("refuses a BIN, account, amount or purpose a bank app would misread", () => {
    const refused = refusedWith(ERROR_CODES.invalidBankTransfer)
    const order = { bin: "970436", accountNumber: "1023456789", amount: 150_000, purpose: "OCOP7K2M9QXA" }
    for (const bin of ["97043", "9704366", "97043a", ""]) assert.throws(() => encodeVietQr({ ...order, bin }), refused, bin)
    for (const accountNumber of ["", "1023 456 789", "1023.456.789", "12345678901234567890", "Đ123"]) {
      assert.throws(() => encodeVietQr({ ...order, accountNumber }), refused, accountNumber)
    }
    for (const amount of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10_000_000_000_000]) {
      assert.throws(() => encodeVietQr({ ...order, amount }), refused, String(amount))
    }
    for (const purpose of ["Thanh toán đơn hàng", "OCOP-7K2M9QXA", "OCOP.7K2M9QXA", "A".repeat(26), "tab\there"]) {
      assert.throws(() => encodeVietQr({ ...order, purpose }), refused, purpose)
    }
    assert.throws(() => encodeVietQr({ ...order, bin: "97043" }), /6 digits/)
    assert.throws(() => encodeVietQr({ ...order, purpose: "A".repeat(26) }), /25 characters/)
    assert.throws(() => encodeVietQr({ ...order, purpose: "Thanh toán" }), /unaccented letters, digits and spaces/)
  })

  it("leaves out the additional data when there is no purpose", () => {
    const payload = encodeVietQr({ bin: "970436", accountNumber: "1023456789", amount: 150_000, purpose: "" })
    assert.doesNotMatch(payload, /5802VN62/)
    assert.equal(decodeVietQr(payload).purpose, undefined)
  })
})

describe("decodeVietQr", () => {
  it("reads NAPAS's account and card examples", () => {
    assert.deepEqual(decodeVietQr(PUBLISHED.napasAccount), {
      initiation: "dynamic",
      bin: "970403",
      accountNumber: "0011012345678",
      service: "account",
      amount: 180_000,
      purpose: "thanh toan don hang",
      currency: "704",
      country: "VN",
    })
    const card = decodeVietQr(PUBLISHED.napasCard)
    assert.equal(card.service, "card")
    assert.equal(card.accountNumber, "9704031101234567")
  })

  it("reads a static code, which has no amount and no purpose", () => {
    const decoded = decodeVietQr(PUBLISHED.staticAccount)
    assert.equal(decoded.initiation, "static")
    assert.equal(decoded.amount, undefined)
    assert.equal(decoded.purpose, undefined)
  })

  it("refuses a wrong checksum, and a payload altered under its checksum", () => {
    const refused = refusedWith(ERROR_CODES.vietQrChecksumMismatch)
    assert.throws(() => decodeVietQr(PUBLISHED.floodRelief.replace(/C15C$/, "C15D")), refused)
    assert.throws(() => decodeVietQr(PUBLISHED.floodRelief.replace("5406120000", "5406920000")), refused)
    assert.throws(() => decodeVietQr(PUBLISHED.napasAccount.replace("0011012345678", "0011012345679")), refused)
    assert.throws(() => decodeVietQr(PUBLISHED.floodRelief.replace(/C15C$/, "C15D")), /damaged or altered/)
  })

  it("accepts a checksum written in lowercase hex", () => {
    assert.equal(decodeVietQr(PUBLISHED.floodRelief.replace(/C15C$/, "c15c")).amount, 120_000)
  })

  it("refuses lengths that do not fit the payload", () => {
    const refused = refusedWith(ERROR_CODES.invalidVietQr)
    // The amount claims 7 characters where 6 were written: every object after it is misread.
    assert.throws(() => decodeVietQr(PUBLISHED.floodRelief.replace("5406120000", "5407120000")), refused)
    // The beneficiary (38.01) claims more than its parent holds.
    assert.throws(() => decodeVietQr(reChecksummed(PUBLISHED.staticAccount.replace("01240006", "01290006"))), refused)
    assert.throws(() => decodeVietQr(PUBLISHED.floodRelief.slice(0, -10)), refused)
    assert.throws(() => decodeVietQr(`${PUBLISHED.floodRelief}0`), refused)
    assert.throws(() => decodeVietQr(""), refused)
    assert.throws(() => decodeVietQr("hello world"), refused)
  })

  it("refuses a published code whose checksum is right but whose format indicator is not 01", () => {
    assert.throws(() => decodeVietQr(PUBLISHED.formatIndicator00), refusedWith(ERROR_CODES.invalidVietQr))
  })

  it("refuses a code that is well formed but is not a NAPAS transfer", () => {
    const refused = refusedWith(ERROR_CODES.invalidVietQr)
    const order = encodeVietQr({ bin: "970436", accountNumber: "1023456789", amount: 150_000 })
    assert.throws(() => decodeVietQr(reChecksummed(order.replace("A000000727", "A000000728"))), refused)
    assert.throws(() => decodeVietQr(reChecksummed(order.replace("QRIBFTTA", "QRPUSH00"))), refused)
    assert.throws(() => decodeVietQr(reChecksummed(order.replace("5303704", "5303840"))), refused)
    assert.throws(() => decodeVietQr(reChecksummed(order.replace("5802VN", "5802TH"))), refused)
    assert.throws(() => decodeVietQr(reChecksummed(order.replace("5406150000", "5406150.00"))), refused)
  })
})
