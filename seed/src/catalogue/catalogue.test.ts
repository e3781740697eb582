import { test } from "node:test"
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { isGtin13, vietnameseGtin13 } from "@ocop/domain/gtin"
import { normalizePhone } from "@ocop/domain/phone"
import { sampleProducerDetails, sampleProducers } from "./producers"
import { sampleProductDetails } from "./products"

type FactsStarHistoryEntry = { stars: number; year?: number; date?: string; by?: string; kind?: string }
type FactsProduct = {
  name_vi: string
  producer: string | null
  set: number
  stars: number | null
  star_history?: FactsStarHistoryEntry[]
}
type Facts = { producers: { key: string; new_province_code: string }[]; products: FactsProduct[] }
type AdminUnits = { provinces: { code: string; communes: { code: string }[] }[] }

const dataDirectory = path.join(__dirname, "../../../data")
const facts = JSON.parse(fs.readFileSync(path.join(dataDirectory, "ocop-facts.json"), "utf8")) as Facts
const adminUnits = JSON.parse(
  fs.readFileSync(path.join(dataDirectory, "vn-admin-2025/units.json"), "utf8")
) as AdminUnits

/** The day the catalogue is shown as of: every real product's current certificate must still be valid then. */
const catalogueDate = "2026-11-22"
const criteria148Date = "2023-02-24"
const starBands = { 3: [50, 69], 4: [70, 89], 5: [90, 100] } as const
const handlePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/

const factsByName = new Map(facts.products.map((product) => [product.name_vi, product]))
const allProducers = [...sampleProducerDetails, ...sampleProducers]

function producerKeyOf(nameVi: string): string {
  const factsProduct = factsByName.get(nameVi)
  const details = sampleProductDetails.find((product) => product.nameVi === nameVi)
  const key = factsProduct?.producer ?? details?.sampleProducerKey
  assert.ok(key, `${nameVi} has neither a facts producer nor a sample producer`)
  return key
}

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() + months)
  return date.toISOString().slice(0, 10)
}

function collectStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") found.push(value)
  else if (value && typeof value === "object") {
    for (const item of Array.isArray(value) ? value : Object.values(value)) collectStrings(item, found)
  }
  return found
}

test("every facts product has exactly one listing, and every listing is a facts product", () => {
  for (const factsProduct of facts.products) {
    const matches = sampleProductDetails.filter((product) => product.nameVi === factsProduct.name_vi)
    assert.equal(matches.length, 1, `listings for ${factsProduct.name_vi}`)
  }
  for (const product of sampleProductDetails) {
    assert.ok(factsByName.has(product.nameVi), `${product.nameVi} is not in ocop-facts.json`)
  }
  assert.equal(sampleProductDetails.length, facts.products.length)
})

test("every facts producer has details, and sample producers stand in only where the facts name none", () => {
  const factsKeys = new Set(facts.producers.map((producer) => producer.key))
  for (const key of factsKeys) {
    assert.equal(sampleProducerDetails.filter((details) => details.producerKey === key).length, 1, key)
  }
  for (const details of sampleProducerDetails) assert.ok(factsKeys.has(details.producerKey), details.producerKey)

  const sampleKeys = new Set(sampleProducers.map((producer) => producer.producerKey))
  for (const product of sampleProductDetails) {
    const factsProduct = factsByName.get(product.nameVi)
    if (factsProduct?.producer === null) {
      assert.ok(product.sampleProducerKey && sampleKeys.has(product.sampleProducerKey), product.nameVi)
    } else {
      assert.equal(product.sampleProducerKey, undefined, `${product.nameVi} has a real producer`)
    }
  }
  for (const producer of sampleProducers) {
    assert.ok(!factsKeys.has(producer.producerKey), `${producer.producerKey} clashes with a real producer`)
    // The shop marks a stand-in by its is_sample flag, in the buyer's language; its name is a name.
    assert.doesNotMatch(producer.nameVi, /dữ liệu mẫu/)
    assert.match(producer.storyVi, /dữ liệu mẫu/)
    assert.ok(
      sampleProductDetails.some((product) => product.sampleProducerKey === producer.producerKey),
      `${producer.producerKey} sells nothing`
    )
  }
})

test("handles are unique lower-case ASCII", () => {
  for (const handles of [sampleProductDetails.map((p) => p.handle), allProducers.map((p) => p.handle)]) {
    assert.equal(new Set(handles).size, handles.length, "duplicate handle")
    for (const handle of handles) assert.match(handle, handlePattern)
  }
})

test("producer contact details look like real Vietnamese ones and are clearly sample", () => {
  const companyReferences = allProducers.map((producer) => producer.gs1CompanyReference)
  assert.equal(new Set(companyReferences).size, companyReferences.length, "GS1 company references must be unique")
  for (const producer of allProducers) {
    assert.match(producer.gs1CompanyReference, /^\d{5}$/)
    assert.match(producer.businessRegistrationNumber, /^\d{10}$/)
    assert.ok(normalizePhone(producer.phone), `${producer.phone} is a Vietnamese phone number`)
    assert.match(producer.email, /^[a-z0-9.-]+@example\.vn$/)
    for (const story of [producer.storyVi, producer.storyEn]) assert.ok(story.length > 80, producer.handle)
  }
  assert.equal(
    sampleProducerDetails.find((details) => details.producerKey === "htx-tai-hoan")?.contactName,
    "Nguyễn Thị Hoan"
  )
})

test("sample producers sit in real 2025 units", () => {
  for (const producer of sampleProducers) {
    const province = adminUnits.provinces.find((candidate) => candidate.code === producer.provinceCode)
    assert.ok(province, `province ${producer.provinceCode}`)
    if (producer.communeCode !== null) {
      assert.ok(
        province.communes.some((commune) => commune.code === producer.communeCode),
        `commune ${producer.communeCode} is not in province ${producer.provinceCode}`
      )
    }
  }
})

test("variants have plausible whole-VND prices, stock and weights", () => {
  for (const product of sampleProductDetails) {
    assert.ok(product.variants.length >= 1 && product.variants.length <= 3, product.nameVi)
    for (const variant of product.variants) {
      assert.ok(Number.isInteger(variant.priceVnd) && variant.priceVnd > 0, `${product.nameVi} price`)
      assert.equal(variant.priceVnd % 1000, 0, `${product.nameVi} price in whole thousands`)
      assert.ok(Number.isInteger(variant.stock) && variant.stock >= 20 && variant.stock <= 300, `${product.nameVi} stock`)
      assert.ok(Number.isInteger(variant.weightGrams) && variant.weightGrams > 0, `${product.nameVi} weight`)
    }
  }
})

test("known market prices are respected", () => {
  const priceOf = (nameVi: string) => sampleProductDetails.find((p) => p.nameVi === nameVi)?.variants ?? []
  for (const variant of priceOf("Nhung hươu Pantotrichum HS")) {
    const per100g = (variant.priceVnd / Number(variant.titleEn.match(/(\d+) g/)?.[1])) * 100
    assert.ok(per100g >= 1_100_000 && per100g <= 1_200_000, variant.titleVi)
  }
  for (const variant of priceOf("Cam bù Hương Sơn")) {
    const perKg = variant.priceVnd / Number(variant.titleEn.match(/(\d+) kg/)?.[1])
    assert.ok(perKg >= 70_000 && perKg <= 100_000, variant.titleVi)
  }
  for (const variant of priceOf("Bưởi Phúc Trạch")) {
    const perFruit = variant.priceVnd / Number(variant.titleEn.match(/(\d+)/)?.[1])
    assert.ok(perFruit >= 20_000 && perFruit <= 50_000, variant.titleVi)
  }
})

test("certificates exist only for facts stars, follow the star history and are valid today", () => {
  for (const product of sampleProductDetails) {
    const factsProduct = factsByName.get(product.nameVi)
    assert.ok(factsProduct)
    const certificates = product.certificates
    if (factsProduct.stars === null) {
      assert.equal(certificates.length, 0, `${product.nameVi} has no star in the facts`)
      continue
    }
    assert.ok(certificates.length > 0, `${product.nameVi} needs a certificate`)
    assert.equal(certificates.at(-1)?.starRating, factsProduct.stars, `${product.nameVi} current star`)

    const history = factsProduct.star_history
    if (history) {
      assert.equal(certificates.length, history.length, `${product.nameVi} one certificate per history entry`)
      history.forEach((entry, index) => {
        const certificate = certificates[index]
        assert.ok(certificate)
        assert.equal(certificate.starRating, entry.stars)
        if (entry.date) assert.equal(certificate.decisionDate, entry.date)
        if (entry.year) assert.equal(certificate.decisionDate.slice(0, 4), String(entry.year))
      })
      assert.equal(certificates[0]?.evaluationKind, "new")
    }

    certificates.forEach((certificate, index) => {
      const label = `${product.nameVi} ${certificate.decisionNumber}`
      assert.match(certificate.decisionDate, /^\d{4}-\d{2}-\d{2}$/)
      const previous = certificates[index - 1]
      if (previous) {
        assert.ok(previous.decisionDate < certificate.decisionDate, `${label} in date order`)
        const expectedKind = certificate.starRating > previous.starRating ? "upgrade" : "re_evaluation"
        assert.equal(certificate.evaluationKind, expectedKind, label)
      }
      const expectedCriteria = certificate.decisionDate < criteria148Date ? "1048/QĐ-TTg" : "148/QĐ-TTg"
      assert.equal(certificate.criteriaDecision, expectedCriteria, label)

      const ministry = certificate.issuingAuthority.startsWith("Bộ ")
      assert.match(certificate.decisionNumber, ministry ? /^\d{1,5}\/QĐ-BNN-KTHT$/ : /^\d{1,5}\/QĐ-UBND$/, label)
      assert.equal(ministry, certificate.starRating === 5, `${label}: only the ministry certifies 5 stars`)

      const { scoreA, scoreB, scoreC } = certificate
      for (const score of [scoreA, scoreB, scoreC]) assert.ok(Number.isInteger(score) && score >= 0, label)
      assert.ok(scoreA <= 40 && scoreB <= 25 && scoreC <= 35, `${label} part scores`)
      const total = scoreA + scoreB + scoreC
      const [low, high] = starBands[certificate.starRating]
      assert.ok(total >= low && total <= high, `${label} total ${total} outside the ${certificate.starRating}★ band`)
    })

    const current = certificates.at(-1)
    assert.ok(current && addMonths(current.decisionDate, 36) > catalogueDate, `${product.nameVi} certificate expired`)
  }
})

test("Miến dong Tài Hoan keeps its real star history", () => {
  const certificates = sampleProductDetails.find((p) => p.nameVi === "Miến dong Tài Hoan")?.certificates ?? []
  assert.deepEqual(
    certificates.map((c) => [c.starRating, c.evaluationKind, c.issuingAuthority]),
    [
      [4, "new", "UBND tỉnh Bắc Kạn"],
      [5, "upgrade", "Bộ Nông nghiệp và Phát triển nông thôn"],
      [5, "re_evaluation", "Bộ Nông nghiệp và Phát triển nông thôn"],
    ]
  )
  assert.equal(certificates[2]?.decisionDate, "2024-06-25")
})

test("every variant has a valid GTIN-13, unique across the catalogue", () => {
  const companyOf = new Map(allProducers.map((producer) => [producer.producerKey, producer.gs1CompanyReference]))
  const codes: string[] = []
  for (const product of sampleProductDetails) {
    const companyReference = companyOf.get(producerKeyOf(product.nameVi))
    assert.ok(companyReference, product.nameVi)
    for (const variant of product.variants) {
      const code = vietnameseGtin13(companyReference, variant.itemReference)
      assert.ok(isGtin13(code), code)
      codes.push(code)
    }
  }
  assert.equal(new Set(codes).size, codes.length, "duplicate GTIN (item reference reused within a producer?)")
})

test("all text is NFC, and listings keep their facts' names exactly", () => {
  for (const text of collectStrings([sampleProductDetails, sampleProducerDetails, sampleProducers])) {
    assert.equal(text, text.normalize("NFC"), text)
  }
  for (const product of sampleProductDetails) {
    for (const story of [product.storyVi, product.storyEn]) {
      const sentences = story.split(/(?<=[.!?])\s+/).length
      assert.ok(sentences >= 3 && sentences <= 6, `${product.nameVi} story has ${sentences} sentences`)
    }
  }
})
