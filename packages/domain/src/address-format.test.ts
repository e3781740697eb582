import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { addressUnits, formatAddress, formerUnits, printableAddress, unitNameInEnglish } from "./address-format"

const SHOWROOM = {
  street: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu",
  commune: "Xã Hải Hậu",
  province: "Tỉnh Ninh Bình",
  asIssued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
}

describe("formatAddress", () => {
  it("prints the 2025 units, then the pre-2025 ones in brackets where they differ", () => {
    assert.equal(
      formatAddress({ commune: "Xã Hải Hậu", province: "Tỉnh Ninh Bình", asIssued: SHOWROOM.asIssued }, "vi"),
      "Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)",
    )
    assert.equal(
      formatAddress(SHOWROOM, "vi"),
      "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu, Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)",
    )
  })

  it("says the same in English, each unit's word after its name", () => {
    assert.equal(
      formatAddress({ commune: "Xã Hải Hậu", province: "Tỉnh Ninh Bình", asIssued: SHOWROOM.asIssued }, "en"),
      "Hải Hậu Commune, Ninh Bình Province (formerly Yên Định Township, Hải Hậu District, Nam Định Province)",
    )
  })

  it("prints a buyer's address, given in 2025 units, without brackets; the street stays as typed", () => {
    const address = { street: "Xóm 3, thôn Đông", commune: "Xã Hải Hậu", province: "Tỉnh Ninh Bình" }
    assert.equal(formatAddress(address, "vi"), "Xóm 3, thôn Đông, Xã Hải Hậu, Tỉnh Ninh Bình")
    assert.equal(formatAddress(address, "en"), "Xóm 3, thôn Đông, Hải Hậu Commune, Ninh Bình Province")
  })

  it("leaves out the brackets when the address as issued already names the 2025 units", () => {
    const address = { commune: "Xã Côn Minh", province: "Tỉnh Thái Nguyên", asIssued: "thôn 2, Xã Côn Minh, Tỉnh Thái Nguyên" }
    assert.equal(formatAddress(address, "vi"), "Xã Côn Minh, Tỉnh Thái Nguyên")
  })

  it("writes NFC with single spaces, whatever it was given", () => {
    const decomposed = "Xóm  3,   thôn Đông".normalize("NFD")
    const line = formatAddress({ street: decomposed, commune: "Xã Hải Hậu".normalize("NFD"), province: "Tỉnh Ninh Bình" }, "vi")
    assert.equal(line, "Xóm 3, thôn Đông, Xã Hải Hậu, Tỉnh Ninh Bình")
    assert.equal(line, line.normalize("NFC"))
  })

  it("skips what is missing rather than printing empty commas", () => {
    assert.equal(formatAddress({ street: " ", commune: null, province: "Tỉnh Ninh Bình" }, "vi"), "Tỉnh Ninh Bình")
  })
})

describe("unitNameInEnglish", () => {
  it("moves the unit's word after the name, before a number", () => {
    assert.equal(unitNameInEnglish("Thành phố Hồ Chí Minh"), "Hồ Chí Minh City")
    assert.equal(unitNameInEnglish("Phường Ba Đình"), "Ba Đình Ward")
    assert.equal(unitNameInEnglish("Đặc khu Phú Quốc"), "Phú Quốc Special Zone")
    assert.equal(unitNameInEnglish("thị xã Sơn Tây"), "Sơn Tây Town")
    assert.equal(unitNameInEnglish("Phường 1"), "Ward 1")
    assert.equal(unitNameInEnglish("Hải Hậu"), "Hải Hậu")
  })
})

describe("formerUnits", () => {
  it("gives the old commune, district and province where the 2025 ones differ", () => {
    assert.deepEqual(formerUnits("thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn", { commune: "Xã Côn Minh", province: "Tỉnh Thái Nguyên" }), [
      "xã Côn Minh",
      "huyện Na Rì",
      "tỉnh Bắc Kạn",
    ])
    assert.equal(formerUnits("thôn 2, Xã Côn Minh, Tỉnh Thái Nguyên", { commune: "Xã Côn Minh", province: "Tỉnh Thái Nguyên" }), null)
  })

  it("reads a district-level city as a district and a last 'thành phố' as the province", () => {
    assert.deepEqual(addressUnits("xã Thạch Đài, thành phố Hà Tĩnh, tỉnh Hà Tĩnh"), {
      commune: "xã Thạch Đài",
      district: "thành phố Hà Tĩnh",
      province: "tỉnh Hà Tĩnh",
    })
    assert.deepEqual(addressUnits("phường Bến Nghé, quận 1, thành phố Hồ Chí Minh"), {
      commune: "phường Bến Nghé",
      district: "quận 1",
      province: "thành phố Hồ Chí Minh",
    })
  })
})

describe("printableAddress", () => {
  it("reads a stored address: street lines, 2025 names, and a pickup point's address as issued", () => {
    assert.deepEqual(
      printableAddress({
        address_1: SHOWROOM.street,
        address_2: "",
        city: "Xã Hải Hậu",
        province: "Tỉnh Ninh Bình",
        metadata: { province_code: "37", commune_code: "14215", address_as_issued: SHOWROOM.asIssued },
      }),
      SHOWROOM,
    )
    assert.equal(
      formatAddress(printableAddress({ address_1: "Số 12", address_2: "đường Trần Hưng Đạo", city: "Xã Hải Hậu", province: "Tỉnh Ninh Bình" }), "vi"),
      "Số 12, đường Trần Hưng Đạo, Xã Hải Hậu, Tỉnh Ninh Bình",
    )
  })
})
