import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { type AddressInput, applyVietnameseAddressRules } from "./address"
import { DomainRuleError } from "./errors"
import { normalizePhone } from "./phone"

const haiHau = {
  address_1: "Số 5  đường Trần Hưng Đạo",
  city: "Xã Hải Hậu",
  province: "Tỉnh Ninh Bình",
  country_code: "VN",
  phone: "+84 912 345 678",
  metadata: { province_code: "37", commune_code: "14215" },
}

const errorOf = (run: () => unknown): DomainRuleError => {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof DomainRuleError, `expected a DomainRuleError, got ${String(error)}`)
    return error
  }
  throw new Error("expected the address to be refused")
}

describe("normalizePhone", () => {
  it("stores mobiles and landlines however they are typed as 0 + the national number", () => {
    assert.equal(normalizePhone("0912 345 678"), "0912345678")
    assert.equal(normalizePhone("+84 912.345.678"), "0912345678")
    assert.equal(normalizePhone("84912345678"), "0912345678")
    assert.equal(normalizePhone("(024) 3825 1234"), "02438251234")
  })

  it("refuses what no Vietnamese line can be", () => {
    for (const phone of ["12345", "0123456789", "091234567", "+1 202 555 0143", "0912-345-67x"]) {
      assert.equal(normalizePhone(phone), null, phone)
    }
  })
})

describe("applyVietnameseAddressRules", () => {
  it("keeps a good address with official names, NFC text and the phone in national form", () => {
    const decomposed = { ...haiHau, city: "hải hậu".normalize("NFD"), province: "Ninh Bình" }
    assert.deepEqual(applyVietnameseAddressRules(decomposed), {
      ...haiHau,
      address_1: "Số 5 đường Trần Hưng Đạo",
      country_code: "vn",
      phone: "0912345678",
    })
  })

  it("fills province and commune names from the codes", () => {
    const { city: _c, province: _p, ...codesOnly } = haiHau
    const address = applyVietnameseAddressRules<AddressInput>(codesOnly)
    assert.equal(address.province, "Tỉnh Ninh Bình")
    assert.equal(address.city, "Xã Hải Hậu")
  })

  it("refuses a commune of another province, with a code the storefront can map", () => {
    const error = errorOf(() =>
      applyVietnameseAddressRules({ ...haiHau, province: "Thành phố Hà Nội", metadata: { province_code: "01", commune_code: "14215" } }),
    )
    assert.equal(error.code, "commune_not_in_province")
    assert.match(error.message, /Thành phố Hà Nội/)
  })

  it("refuses names that contradict the codes, unknown provinces, missing codes and bad phones", () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ province: "Tỉnh Nam Định" }, "province_name_mismatch"],
      [{ city: "Xã Hải Nam" }, "commune_name_mismatch"],
      [{ metadata: { province_code: "99", commune_code: "14215" } }, "unknown_province"],
      [{ metadata: {} }, "missing_admin_unit_codes"],
      [{ phone: "12345" }, "invalid_phone"],
    ]
    for (const [change, code] of refusals) {
      assert.equal(errorOf(() => applyVietnameseAddressRules({ ...haiHau, ...change })).code, code, JSON.stringify(change))
    }
  })

  it("checks only what a partial update carries", () => {
    assert.deepEqual(applyVietnameseAddressRules({ phone: "0912 345 678" }), { phone: "0912345678" })
  })
})
