/**
 * The OCOP star rules of Decision 148/QĐ-TTg (2023): the score band of each star, the 36-month
 * validity, which certificate is current (and so may carry the star mark) and what a buyer is shown.
 */
import { DomainRuleError, ERROR_CODES } from "./errors"
import { isoDay, todayInVietnam } from "./vietnam-date"

export const CERTIFICATE_VALIDITY_MONTHS = 36

export type StarRating = 3 | 4 | 5

/** Certified stars and their total-score bands; 1★ (<30) and 2★ (30–49) are not certificates. */
export const STAR_SCORE_BANDS: Record<StarRating, { min: number; max: number }> = {
  3: { min: 50, max: 69 },
  4: { min: 70, max: 89 },
  5: { min: 90, max: 100 },
}

/** Maximum points of each part of the criteria: A (production and community) 40, B (product development) 25, C (quality) 35. */
export const PART_MAXIMUMS = { score_a: 40, score_b: 25, score_c: 35 } as const

export type CertificateScores = {
  star_rating: number
  total_score: number
  score_a?: number | null
  score_b?: number | null
  score_c?: number | null
}

function invalid(message: string): never {
  throw new DomainRuleError(ERROR_CODES.invalidCertificate, message)
}

/** Refuses a certificate whose star, total or part scores break Decision 148's rules. */
export function assertCertificateScores(input: CertificateScores): void {
  const { star_rating: star, total_score: total } = input
  if (!Number.isInteger(star)) invalid(`The star rating must be a whole number from 3 to 5; got ${star}.`)
  if (star < 3) {
    invalid(
      `A ${star}-star result is not an OCOP certificate: only products rated 3, 4 or 5 stars are certified (Decision 148/QĐ-TTg).`,
    )
  }
  if (star > 5) invalid(`OCOP stars go up to 5; got ${star}.`)
  if (typeof total !== "number" || !Number.isFinite(total) || total < 0 || total > 100) {
    invalid(`The total score must be between 0 and 100; got ${total}.`)
  }
  const band = STAR_SCORE_BANDS[star as StarRating]
  if (total < band.min || total > band.max) {
    invalid(
      `A ${star}-star certificate needs a total score of ${band.min}–${band.max}; ${total} belongs to ${describeBand(total)}. Check the star or the score.`,
    )
  }
  const parts = (Object.keys(PART_MAXIMUMS) as (keyof typeof PART_MAXIMUMS)[]).filter(
    (part) => input[part] !== undefined && input[part] !== null,
  )
  for (const part of parts) {
    const value = input[part] as number
    if (value < 0 || value > PART_MAXIMUMS[part]) {
      invalid(`Part ${part.slice(-1).toUpperCase()} is scored out of ${PART_MAXIMUMS[part]}; got ${value}.`)
    }
  }
  if (parts.length === 3) {
    const sum = (input.score_a as number) + (input.score_b as number) + (input.score_c as number)
    if (Math.abs(sum - total) > 0.001) invalid(`Parts A + B + C add up to ${sum}, but the total score is ${total}; they must match.`)
  }
}

function describeBand(total: number): string {
  if (total < 30) return "1 star (below 30), which is not certified"
  if (total < 50) return "2 stars (30–49), which is not certified"
  for (const [star, band] of Object.entries(STAR_SCORE_BANDS)) {
    if (total >= band.min && total <= band.max) return `${star} stars (${band.min}–${band.max})`
  }
  return "no band"
}

/** A decision date as given ("YYYY-MM-DD" or a Date), refused when it is not a date or lies after Vietnam's today. */
export function decisionDate(value: Date | string, today = todayInVietnam()): Date {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) invalid(`The decision date "${String(value)}" is not a date (use YYYY-MM-DD).`)
  const day = isoDay(date)
  // new Date("2024-02-30") is 1 March: a mistyped day would silently move the decision and its validity.
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && day !== value) {
    invalid(`The decision date "${value}" is not a day of the calendar (use YYYY-MM-DD).`)
  }
  if (day > today) invalid(`The decision date ${day} is after today (${today} in Vietnam): record a decision once it is made.`)
  return date
}

/** decision date + 36 months, on the same day of the month (or the month's last day). */
export function validUntil(decided: Date): Date {
  const d = new Date(Date.UTC(decided.getUTCFullYear(), decided.getUTCMonth(), decided.getUTCDate()))
  const targetMonth = d.getUTCMonth() + CERTIFICATE_VALIDITY_MONTHS
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate()
  return new Date(Date.UTC(d.getUTCFullYear(), targetMonth, Math.min(d.getUTCDate(), lastDay)))
}

export type CertificateLike = {
  id: string
  decision_number: string
  decision_date: Date | string
  issuing_authority: string
  star_rating: number
  valid_until: Date | string
  verified: boolean
  is_sample: boolean
  evaluation_kind?: string
  product_set?: { number: number } | null
}

export type CertificateValidity = "valid" | "expired" | "not_yet_valid" | "unverified" | "none"

/**
 * Whether a certificate lets the product carry the OCOP mark on a day in Vietnam: verified,
 * decided on or before that day, and not past its valid-until day.
 */
export function certificateValidity(
  certificate: Pick<CertificateLike, "decision_date" | "valid_until" | "verified"> | null | undefined,
  today = todayInVietnam(),
): CertificateValidity {
  if (!certificate) return "none"
  if (!certificate.verified) return "unverified"
  if (isoDay(certificate.decision_date) > today) return "not_yet_valid"
  if (isoDay(certificate.valid_until) < today) return "expired"
  return "valid"
}

/** A certificate is expired after its valid-until day has passed in Vietnam. */
export function isExpired(certificate: Pick<CertificateLike, "valid_until">, today = todayInVietnam()): boolean {
  return isoDay(certificate.valid_until) < today
}

const newestFirst = (a: CertificateLike, b: CertificateLike) => isoDay(b.decision_date).localeCompare(isoDay(a.decision_date))

/** The latest valid certificate, or null: only that one may show the OCOP star mark. */
export function currentCertificate<C extends CertificateLike>(certificates: readonly C[], today = todayInVietnam()): C | null {
  return certificates.filter((c) => certificateValidity(c, today) === "valid").sort(newestFirst)[0] ?? null
}

/** The newest certificate, or, given a day, the newest decided on or before it (a later one is not in force yet). */
export function latestCertificate<C extends CertificateLike>(certificates: readonly C[], today?: string): C | null {
  const decided = today === undefined ? certificates : certificates.filter((c) => isoDay(c.decision_date) <= today)
  return [...decided].sort(newestFirst)[0] ?? null
}

export type OcopStanding =
  | "certified" // a current certificate: the star badge is shown
  | "expired" // only expired verified certificates: no badge until re-evaluated
  | "unverified" // certificates the programme office has not verified yet: no badge
  | "awaiting_evaluation" // registered, not yet rated

/** Without a current certificate, the newest one explains why: still being verified, or expired. */
export function ocopStanding(certificates: readonly CertificateLike[], today = todayInVietnam()): OcopStanding {
  if (currentCertificate(certificates, today)) return "certified"
  const latest = latestCertificate(certificates, today)
  if (!latest) return "awaiting_evaluation"
  return latest.verified ? "expired" : "unverified"
}

/** The star the badge shows: only a certified product has one. */
export function badgeStars(ocop: { standing: OcopStanding; star_rating: number | null } | null | undefined): StarRating | null {
  return ocop?.standing === "certified" ? (ocop.star_rating as StarRating | null) : null
}

/** The product's ratings over time, oldest first: only the decisions the programme office verified. */
export function starHistory<C extends CertificateLike>(certificates: readonly C[]) {
  return certificates
    .filter((c) => c.verified)
    .sort((a, b) => -newestFirst(a, b))
    .map((c) => ({
      star_rating: c.star_rating,
      decision_number: c.decision_number,
      decision_date: isoDay(c.decision_date),
      issuing_authority: c.issuing_authority,
      evaluation_kind: c.evaluation_kind ?? "new",
      is_sample: c.is_sample,
    }))
}
