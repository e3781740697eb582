import { placeNames, withoutUnitWord, communeForOldName } from "./place-names"

describe("placeNames", () => {
  it("gives the 2025 units, every unit of the address as issued and the communes merged into the new one", () => {
    const names = placeNames({
      province_code: "19",
      commune_code: "02185",
      address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
    })
    expect(names.slice(0, 2)).toEqual(["Thái Nguyên", "Côn Minh"])
    expect(names).toEqual(expect.arrayContaining(["Chè Cọ", "Na Rì", "Bắc Kạn", "Quang Phong", "Dương Sơn"]))
    // No name twice, even when the old and the new commune share it.
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
  })

  it("names the provinces merged into a 2025 province only when the address names none", () => {
    const withOldProvince = placeNames({
      province_code: "37",
      commune_code: "14248",
      address_as_issued: "xã Hải Nam, huyện Hải Hậu, tỉnh Nam Định",
    })
    expect(withOldProvince).toEqual(expect.arrayContaining(["Ninh Bình", "Hải Hưng", "Hải Nam", "Hải Hậu", "Nam Định"]))
    expect(withOldProvince).not.toContain("Hà Nam")

    const newStyleAddress = placeNames({ province_code: "37", commune_code: "14215", address_as_issued: "Xã Hải Hậu" })
    expect(newStyleAddress).toEqual(expect.arrayContaining(["Ninh Bình", "Hải Hậu", "Nam Định", "Hà Nam", "Yên Định"]))
  })

  it("drops the unit word before a name", () => {
    expect(["Tỉnh Bắc Kạn", "thị trấn Yên Định", "Thành phố Hà Nội", "xóm 2"].map(withoutUnitWord)).toEqual([
      "Bắc Kạn",
      "Yên Định",
      "Hà Nội",
      "xóm 2",
    ])
  })
})

describe("communeForOldName", () => {
  it("finds the 2025 commune an old commune was merged into, within the new province", () => {
    expect(communeForOldName("37", "Xã Hải Nam")).toEqual({ code: "14248", name: "Xã Hải Hưng" })
    expect(communeForOldName("37", "Thị trấn Yên Định")).toEqual({ code: "14215", name: "Xã Hải Hậu" })
  })

  it("finds nothing for a name the province never had", () => {
    expect(communeForOldName("19", "Xã Hải Nam")).toBeUndefined()
  })
})
