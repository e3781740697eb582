import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { findTransferReference, isTransferReference, newTransferReference } from "./transfer-reference"
import { encodeVietQr } from "./vietqr"

describe("newTransferReference", () => {
  it("is OCOP and 8 base32 digits with no I, L, O or U", () => {
    for (let round = 0; round < 200; round++) {
      const reference = newTransferReference()
      assert.match(reference, /^OCOP[0-9A-HJKMNP-TV-Z]{8}$/)
      assert.equal(isTransferReference(reference), true, reference)
    }
  })

  it("maps each byte's low 5 bits to one digit, so a given source gives a given reference", () => {
    const bytes = [0, 1, 9, 10, 17, 31, 32, 255]
    assert.equal(newTransferReference(() => Uint8Array.from(bytes)), "OCOP019AHZ0Z")
  })

  it("differs from order to order", () => {
    const references = new Set(Array.from({ length: 1000 }, () => newTransferReference()))
    assert.equal(references.size, 1000)
  })

  it("fits a VietQR purpose as it is", () => {
    const reference = newTransferReference()
    assert.doesNotThrow(() => encodeVietQr({ bin: "970436", accountNumber: "1023456789", amount: 150_000, purpose: reference }))
  })

  it("refuses a random source that gives too few bytes", () => {
    assert.throws(() => newTransferReference(() => new Uint8Array(7)), /8 random bytes/)
  })
})

describe("isTransferReference", () => {
  it("accepts only the issued form", () => {
    for (const text of ["ocop7k2m9qxa", "OCOP7K2M9QX", "OCOP7K2M9QXAB", "OCOP7K2M9QXI", "OCOP 7K2M9QXA", " OCOP7K2M9QXA", "XCOP7K2M9QXA"]) {
      assert.equal(isTransferReference(text), false, text)
    }
  })
})

describe("findTransferReference", () => {
  it("finds the reference in what banks actually pass on", () => {
    const descriptions = [
      "MBVCB.1234567890.OCOP7K2M9QXA.CT tu 0123456789 NGUYEN VAN A toi 1023456789 CONG TY OCOP",
      "MBVCB1234567890OCOP7K2M9QXACT tu 0123456789 NGUYEN VAN A",
      "IBFT OCOP7K2M9QXA",
      "OCOP7K2M9QXA",
      "NGUYEN VAN A chuyen tien OCOP7K2M9QXA FT24123456789012",
      "TKThe :0123456789, tai VCB. ocop7k2m9qxa -CTLNHIDI000001234567",
      "Thanh toán đơn hàng Ocop7K2m9qXa",
    ]
    for (const description of descriptions) assert.equal(findTransferReference(description), "OCOP7K2M9QXA", description)
  })

  it("skips a word that only starts like a reference", () => {
    assert.equal(findTransferReference("OCOP MARKET OCOP7K2M9QXA"), "OCOP7K2M9QXA")
    assert.equal(findTransferReference("OCOPOCOP7K2M9QXA"), "OCOP7K2M9QXA")
  })

  it("gives the first reference when a buyer pays two orders at once", () => {
    assert.equal(findTransferReference("OCOP7K2M9QXA OCOPZZZZZZZZ"), "OCOP7K2M9QXA")
  })

  it("finds nothing without a whole reference", () => {
    for (const description of ["", "chuyen tien", "OCOP MARKET", "OCOP7K2M9Q", "OCOP 7K2M9QXA", "OCOP7K2M-9QXA", "OCOPILOUILOU"]) {
      assert.equal(findTransferReference(description), null, description)
    }
  })
})
