import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { DomainRuleError, ERROR_CODES } from "./errors"
import {
  assertCertificateScores,
  badgeStars,
  type CertificateLike,
  certificateValidity,
  currentCertificate,
  decisionDate,
  isExpired,
  ocopStanding,
  starHistory,
  validUntil,
} from "./ocop"
import { isoDay, todayInVietnam } from "./vietnam-date"

const certificate = (overrides: Partial<CertificateLike> = {}): CertificateLike => ({
  id: "ocert_1",
  decision_number: "1/QĐ-UBND",
  decision_date: "2024-06-25",
  issuing_authority: "UBND tỉnh Bắc Kạn",
  star_rating: 5,
  valid_until: "2027-06-25",
  verified: true,
  is_sample: false,
  ...overrides,
})

const refusedCertificate = (error: unknown) => error instanceof DomainRuleError && error.code === ERROR_CODES.invalidCertificate

describe("star score bands", () => {
  for (const [star, total] of [
    [3, 50],
    [3, 69],
    [4, 70],
    [4, 89],
    [5, 90],
    [5, 100],
  ] as const) {
    it(`accepts ${star} stars with ${total} points`, () => {
      assert.doesNotThrow(() => assertCertificateScores({ star_rating: star, total_score: total }))
    })
  }

  for (const [star, total] of [
    [3, 49],
    [3, 70],
    [4, 69],
    [4, 90],
    [5, 89],
  ] as const) {
    it(`refuses ${star} stars with ${total} points and names the right band`, () => {
      assert.throws(() => assertCertificateScores({ star_rating: star, total_score: total }), /needs a total score of \d+–\d+/)
    })
  }

  it("refuses a star below 3: it is not a certificate", () => {
    assert.throws(() => assertCertificateScores({ star_rating: 2, total_score: 45 }), /not an OCOP certificate/)
  })

  it("refuses part scores over their maximum or that do not add up", () => {
    assert.throws(
      () => assertCertificateScores({ star_rating: 4, total_score: 75, score_a: 41, score_b: 10, score_c: 24 }),
      /Part A is scored out of 40/,
    )
    assert.throws(
      () => assertCertificateScores({ star_rating: 4, total_score: 75, score_a: 30, score_b: 20, score_c: 20 }),
      /add up to 70/,
    )
  })

  it("refuses with the certificate code the storefront maps", () => {
    assert.throws(() => assertCertificateScores({ star_rating: 2, total_score: 45 }), refusedCertificate)
  })
})

describe("validity", () => {
  it("runs 36 months from the decision date", () => {
    assert.equal(validUntil(new Date("2024-06-25")).toISOString().slice(0, 10), "2027-06-25")
    assert.equal(validUntil(new Date("2024-02-29")).toISOString().slice(0, 10), "2027-02-28")
  })

  it("expires the day after valid-until, in Vietnam's time", () => {
    assert.equal(isExpired({ valid_until: "2027-06-25" }, "2027-06-25"), false)
    assert.equal(isExpired({ valid_until: "2027-06-25" }, "2027-06-26"), true)
    // 2027-06-25 18:00 UTC is already 26 June in Hà Nội.
    assert.equal(todayInVietnam(new Date("2027-06-25T18:00:00Z")), "2027-06-26")
  })
})

describe("certificateValidity", () => {
  const decided = certificate({ decision_date: "2024-06-25", valid_until: "2027-06-25" })

  it("is valid from its decision day through its last day", () => {
    assert.equal(certificateValidity(decided, "2024-06-25"), "valid")
    assert.equal(certificateValidity(decided, "2026-11-22"), "valid")
    assert.equal(certificateValidity(decided, "2027-06-25"), "valid")
  })

  it("is expired the day after its last day", () => {
    assert.equal(certificateValidity(decided, "2027-06-26"), "expired")
  })

  it("is not yet valid when it is decided after today", () => {
    assert.equal(certificateValidity(decided, "2024-06-24"), "not_yet_valid")
  })

  it("is unverified until the programme office verifies it, whatever its dates", () => {
    assert.equal(certificateValidity({ ...decided, verified: false }, "2026-11-22"), "unverified")
  })

  it("is none without a certificate", () => {
    assert.equal(certificateValidity(null, "2026-11-22"), "none")
    assert.equal(certificateValidity(undefined, "2026-11-22"), "none")
  })

  it("reads stored timestamps as their calendar day", () => {
    const stored = { decision_date: new Date("2024-06-25T00:00:00.000Z"), valid_until: "2027-06-25T00:00:00.000Z", verified: true }
    assert.equal(certificateValidity(stored, "2027-06-25"), "valid")
    assert.equal(certificateValidity(stored, "2027-06-26"), "expired")
  })
})

describe("decisionDate", () => {
  const dayAfter = (day: string) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000))

  it("returns the date of a decision already made", () => {
    const date = decisionDate("2024-06-25")
    assert.ok(date instanceof Date)
    assert.equal(isoDay(date), "2024-06-25")
    assert.equal(isoDay(decisionDate(new Date("2024-06-25T00:00:00.000Z"))), "2024-06-25")
    assert.equal(isoDay(decisionDate(todayInVietnam())), todayInVietnam())
  })

  it("refuses what is not a date", () => {
    assert.throws(() => decisionDate("not a date"), refusedCertificate)
    assert.throws(() => decisionDate("not a date"), /is not a date/)
  })

  it("refuses a calendar day that does not exist rather than moving it to the next month", () => {
    assert.throws(() => decisionDate("2024-02-30", "2026-11-22"), refusedCertificate)
    assert.equal(isoDay(decisionDate("2024-02-29", "2026-11-22")), "2024-02-29")
  })

  it("refuses a decision dated after today in Vietnam", () => {
    assert.throws(() => decisionDate(dayAfter(todayInVietnam())), refusedCertificate)
    assert.throws(() => decisionDate("2026-11-23", "2026-11-22"), /is after today \(2026-11-22 in Vietnam\)/)
  })
})

describe("todayInVietnam", () => {
  it("turns the day at midnight in Vietnam (UTC+7), not at midnight UTC", () => {
    assert.equal(todayInVietnam(new Date("2026-06-30T16:59:00Z")), "2026-06-30")
    assert.equal(todayInVietnam(new Date("2026-06-30T17:30:00Z")), "2026-07-01")
  })
})

describe("the current certificate and what a buyer sees", () => {
  const old4 = certificate({ id: "a", star_rating: 4, decision_date: "2019-05-01", valid_until: "2022-05-01" })
  const five = certificate({ id: "b", star_rating: 5, decision_date: "2021-07-01", valid_until: "2024-07-01" })
  const renewed = certificate({ id: "c", star_rating: 5, decision_date: "2024-06-25", valid_until: "2027-06-25" })
  const decidedTomorrow = certificate({ id: "d", star_rating: 4, decision_date: "2026-11-23", valid_until: "2029-11-23" })

  it("is the latest valid verified one", () => {
    assert.equal(currentCertificate([old4, renewed, five], "2026-11-22")?.id, "c")
    assert.equal(ocopStanding([old4, renewed, five], "2026-11-22"), "certified")
  })

  it("ignores a certificate decided after today", () => {
    assert.equal(currentCertificate([renewed, decidedTomorrow], "2026-11-22")?.id, "c")
    assert.equal(currentCertificate([decidedTomorrow], "2026-11-22"), null)
    assert.equal(currentCertificate([decidedTomorrow], "2026-11-23")?.id, "d")
  })

  it("does not call a product expired for a certificate that is not in force yet", () => {
    assert.equal(ocopStanding([decidedTomorrow], "2026-11-22"), "awaiting_evaluation")
    assert.equal(ocopStanding([old4, decidedTomorrow], "2026-11-22"), "expired")
  })

  it("gives no badge when every certificate has expired", () => {
    assert.equal(currentCertificate([old4, five], "2026-11-22"), null)
    assert.equal(ocopStanding([old4, five], "2026-11-22"), "expired")
  })

  it("gives no badge for an unverified certificate", () => {
    const unverified = { ...renewed, verified: false }
    assert.equal(currentCertificate([unverified], "2026-11-22"), null)
    assert.equal(ocopStanding([unverified], "2026-11-22"), "unverified")
  })

  it("says a newer certificate is being verified rather than that the old one expired", () => {
    assert.equal(ocopStanding([old4, { ...renewed, verified: false }], "2026-11-22"), "unverified")
  })

  it("says awaiting evaluation when there is none", () => {
    assert.equal(ocopStanding([], "2026-11-22"), "awaiting_evaluation")
  })

  it("lists the star history oldest first", () => {
    assert.deepEqual(
      starHistory([renewed, old4, five]).map((h) => h.star_rating),
      [4, 5, 5],
    )
  })

  it("leaves a certificate still being verified out of the star history", () => {
    assert.deepEqual(
      starHistory([renewed, old4, { ...five, verified: false }]).map((h) => h.star_rating),
      [4, 5],
    )
  })
})

describe("badgeStars", () => {
  it("shows the star of a certified product only", () => {
    assert.equal(badgeStars({ standing: "certified", star_rating: 4 }), 4)
    assert.equal(badgeStars({ standing: "expired", star_rating: 5 }), null)
    assert.equal(badgeStars({ standing: "unverified", star_rating: 5 }), null)
    assert.equal(badgeStars({ standing: "awaiting_evaluation", star_rating: null }), null)
    assert.equal(badgeStars(null), null)
    assert.equal(badgeStars(undefined), null)
  })
})
