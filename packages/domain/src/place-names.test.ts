import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { communeForOldName, placeNames, withoutUnitWord } from "./place-names"

const assertIncludesAll = (names: string[], expected: string[]) => {
  for (const name of expected) assert.ok(names.includes(name), `${name} is missing from ${names.join(", ")}`)
}

describe("placeNames", () => {
  it("gives the 2025 units, every unit of the address as issued and the communes merged into the new one", () => {
    const names = placeNames({
      province_code: "19",
      commune_code: "02185",
      address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
    })
    assert.deepEqual(names.slice(0, 2), ["Thái Nguyên", "Côn Minh"])
    assertIncludesAll(names, ["Chè Cọ", "Na Rì", "Bắc Kạn", "Quang Phong", "Dương Sơn"])
    // No name twice, even when the old and the new commune share it.
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length)
  })

  it("names the provinces merged into a 2025 province only when the address names none", () => {
    const withOldProvince = placeNames({
      province_code: "37",
      commune_code: "14248",
      address_as_issued: "xã Hải Nam, huyện Hải Hậu, tỉnh Nam Định",
    })
    assertIncludesAll(withOldProvince, ["Ninh Bình", "Hải Hưng", "Hải Nam", "Hải Hậu", "Nam Định"])
    assert.ok(!withOldProvince.includes("Hà Nam"), withOldProvince.join(", "))

    const newStyleAddress = placeNames({ province_code: "37", commune_code: "14215", address_as_issued: "Xã Hải Hậu" })
    assertIncludesAll(newStyleAddress, ["Ninh Bình", "Hải Hậu", "Nam Định", "Hà Nam", "Yên Định"])
  })

  it("drops the unit word before a name", () => {
    assert.deepEqual(["Tỉnh Bắc Kạn", "thị trấn Yên Định", "Thành phố Hà Nội", "xóm 2"].map(withoutUnitWord), [
      "Bắc Kạn",
      "Yên Định",
      "Hà Nội",
      "xóm 2",
    ])
  })
})

describe("communeForOldName", () => {
  it("finds the 2025 commune an old commune was merged into, within the new province", () => {
    assert.deepEqual(communeForOldName("37", "Xã Hải Nam"), { code: "14248", name: "Xã Hải Hưng" })
    assert.deepEqual(communeForOldName("37", "Thị trấn Yên Định"), { code: "14215", name: "Xã Hải Hậu" })
  })

  it("finds nothing for a name the province never had", () => {
    assert.equal(communeForOldName("19", "Xã Hải Nam"), undefined)
  })
})
