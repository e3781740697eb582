import assert from "node:assert/strict"
import { it } from "node:test"
import { toHandle } from "./handle"

it("makes a handle a buyer can type without diacritics from any Unicode form of a Vietnamese name", () => {
  assert.equal(toHandle("HTX Tài Hoan"), "htx-tai-hoan")
  assert.equal(toHandle("Hộ kinh doanh Đặng Văn Đường"), "ho-kinh-doanh-dang-van-duong")
  // The same name typed in decomposed form (as some phone keyboards send it) gives the same handle.
  assert.equal(toHandle("Cơ sở giò Phúc Thuận".normalize("NFD")), "co-so-gio-phuc-thuan")
  assert.equal(toHandle("  Công ty TNHH  Biển Đông (DHC)! "), "cong-ty-tnhh-bien-dong-dhc")
  assert.equal(toHandle("—"), "")
})
