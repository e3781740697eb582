import {
  assertCertificateScores,
  currentCertificate,
  isExpired,
  ocopStanding,
  starHistory,
  todayInVietnam,
  validUntil,
} from "./rules"

const certificate = (overrides: Partial<Parameters<typeof currentCertificate>[0][number]> = {}) => ({
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

describe("star score bands", () => {
  it.each([
    [3, 50],
    [3, 69],
    [4, 70],
    [4, 89],
    [5, 90],
    [5, 100],
  ])("accepts %i stars with %i points", (star, total) => {
    expect(() => assertCertificateScores({ star_rating: star, total_score: total })).not.toThrow()
  })

  it.each([
    [3, 49],
    [3, 70],
    [4, 69],
    [4, 90],
    [5, 89],
  ])("refuses %i stars with %i points and names the right band", (star, total) => {
    expect(() => assertCertificateScores({ star_rating: star, total_score: total })).toThrow(
      /needs a total score of \d+–\d+/
    )
  })

  it("refuses a star below 3: it is not a certificate", () => {
    expect(() => assertCertificateScores({ star_rating: 2, total_score: 45 })).toThrow(/not an OCOP certificate/)
  })

  it("refuses part scores over their maximum or that do not add up", () => {
    expect(() =>
      assertCertificateScores({ star_rating: 4, total_score: 75, score_a: 41, score_b: 10, score_c: 24 })
    ).toThrow(/Part A is scored out of 40/)
    expect(() =>
      assertCertificateScores({ star_rating: 4, total_score: 75, score_a: 30, score_b: 20, score_c: 20 })
    ).toThrow(/add up to 70/)
  })
})

describe("validity", () => {
  it("runs 36 months from the decision date", () => {
    expect(validUntil(new Date("2024-06-25")).toISOString().slice(0, 10)).toBe("2027-06-25")
    expect(validUntil(new Date("2024-02-29")).toISOString().slice(0, 10)).toBe("2027-02-28")
  })

  it("expires the day after valid-until, in Vietnam's time", () => {
    expect(isExpired({ valid_until: "2027-06-25" }, "2027-06-25")).toBe(false)
    expect(isExpired({ valid_until: "2027-06-25" }, "2027-06-26")).toBe(true)
    // 2027-06-25 18:00 UTC is already 26 June in Hà Nội.
    expect(todayInVietnam(new Date("2027-06-25T18:00:00Z"))).toBe("2027-06-26")
  })
})

describe("the current certificate and what a buyer sees", () => {
  const old4 = certificate({ id: "a", star_rating: 4, decision_date: "2019-05-01", valid_until: "2022-05-01" })
  const five = certificate({ id: "b", star_rating: 5, decision_date: "2021-07-01", valid_until: "2024-07-01" })
  const renewed = certificate({ id: "c", star_rating: 5, decision_date: "2024-06-25", valid_until: "2027-06-25" })

  it("is the latest valid verified one", () => {
    expect(currentCertificate([old4, renewed, five], "2026-11-22")?.id).toBe("c")
    expect(ocopStanding([old4, renewed, five], "2026-11-22")).toBe("certified")
  })

  it("gives no badge when every certificate has expired", () => {
    expect(currentCertificate([old4, five], "2026-11-22")).toBeNull()
    expect(ocopStanding([old4, five], "2026-11-22")).toBe("expired")
  })

  it("gives no badge for an unverified certificate", () => {
    const unverified = { ...renewed, verified: false }
    expect(currentCertificate([unverified], "2026-11-22")).toBeNull()
    expect(ocopStanding([unverified], "2026-11-22")).toBe("unverified")
  })

  it("says a newer certificate is being verified rather than that the old one expired", () => {
    expect(ocopStanding([old4, { ...renewed, verified: false }], "2026-11-22")).toBe("unverified")
  })

  it("says awaiting evaluation when there is none", () => {
    expect(ocopStanding([], "2026-11-22")).toBe("awaiting_evaluation")
  })

  it("lists the star history oldest first", () => {
    expect(starHistory([renewed, old4, five]).map((h) => h.star_rating)).toEqual([4, 5, 5])
  })
})
