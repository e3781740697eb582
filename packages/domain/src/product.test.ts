import assert from "node:assert/strict"
import { test } from "node:test"
import { presentOcopProduct, type RawProduct } from "./product"

type RawCertificate = NonNullable<RawProduct["certificates"]>[number]

const TODAY = "2026-11-22"

const producer = {
  id: "prod_1",
  handle: "htx-hai-hau",
  name: "HTX Nông nghiệp Hải Hậu",
  kind: "cooperative",
  status: "approved",
  address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
  province_code: "37",
  commune_code: "14215",
  story_vi: null,
  story_en: null,
  logo_url: null,
  is_sample: false,
}

const certificate = (overrides: Partial<RawCertificate> = {}): RawCertificate => ({
  id: "ocert_1",
  decision_number: "1/QĐ-UBND",
  decision_date: "2024-06-25",
  issuing_authority: "UBND tỉnh Nam Định",
  star_rating: 4,
  valid_until: "2027-06-25",
  verified: true,
  is_sample: false,
  ...overrides,
})

const product = (certificates: RawCertificate[]): RawProduct => ({ id: "prod_gao", handle: "gao-tam-hai-hau", producer, certificates })

test("a product with a verified current certificate is certified with its star", () => {
  const { ocop } = presentOcopProduct(product([certificate()]), TODAY)
  assert.equal(ocop.standing, "certified")
  assert.equal(ocop.star_rating, 4)
  assert.equal(ocop.current_certificate?.id, "ocert_1")
  assert.equal(ocop.current_certificate?.expired, false)
})

test("a product whose only certificate has expired shows no star", () => {
  const expired = certificate({ decision_date: "2021-06-25", valid_until: "2024-06-25" })
  const { ocop } = presentOcopProduct(product([expired]), TODAY)
  assert.equal(ocop.standing, "expired")
  assert.equal(ocop.star_rating, null)
  assert.equal(ocop.current_certificate, null)
  assert.equal(ocop.latest_certificate?.expired, true)
})

test("a product without certificates is awaiting evaluation", () => {
  const { ocop } = presentOcopProduct({ ...product([]), certificates: null }, TODAY)
  assert.equal(ocop.standing, "awaiting_evaluation")
  assert.equal(ocop.star_rating, null)
  assert.equal(ocop.latest_certificate, null)
  assert.deepEqual(ocop.star_history, [])
})

test("a certificate not in force yet is neither current nor the latest a buyer is shown", () => {
  const expired = certificate({ id: "old", decision_date: "2021-06-25", valid_until: "2024-06-25" })
  const decidedTomorrow = certificate({ id: "new", decision_date: "2026-11-23", valid_until: "2029-11-23" })
  const { ocop } = presentOcopProduct(product([expired, decidedTomorrow]), TODAY)
  assert.equal(ocop.standing, "expired")
  assert.equal(ocop.current_certificate, null)
  assert.equal(ocop.latest_certificate?.id, "old")
})

test("the producer is placed by its 2025 province and commune codes", () => {
  const presented = presentOcopProduct(product([]), TODAY)
  assert.deepEqual(presented.producer?.province, { code: "37", name: "Tỉnh Ninh Bình" })
  assert.deepEqual(presented.producer?.commune, { code: "14215", name: "Xã Hải Hậu" })
  assert.equal(presented.handle, "gao-tam-hai-hau")
})
