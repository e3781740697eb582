/**
 * Reviews from verified buyers: who may write one, what it must hold, how it is shown, and what a
 * product's reviews add up to. The backend checks a review by these rules before it is stored, the
 * storefront's form checks it as it is typed, and both show the same summary.
 */
import { TEXT_LIMITS } from "./input-limits"

export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const MIN_RATING = 1
export const MAX_RATING = 5
/** Shorter texts say nothing another buyer can use ("ok", "tốt"). */
export const MIN_REVIEW_LENGTH = 10

export type ReviewProblem = "rating_required" | "rating_out_of_range" | "body_required" | "body_short" | "body_long"

/** The first thing wrong with a review's score and text, if anything; `body` as typed, NFC. */
export function reviewProblem(rating: unknown, body: string): ReviewProblem | undefined {
  if (rating === undefined || rating === null || rating === "") return "rating_required"
  if (typeof rating !== "number" || !Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) return "rating_out_of_range"
  const text = body.trim()
  if (!text) return "body_required"
  if ([...text].length < MIN_REVIEW_LENGTH) return "body_short"
  if (text.length > TEXT_LIMITS.reviewBody) return "body_long"
  return undefined
}

/**
 * How a reviewer is named in public: the given name and the initial of the family name, as
 * Vietnamese shops do ("Nguyễn Thị Lan" → "Lan N."), so a review says who wrote it without
 * publishing the buyer's full name. Medusa keeps the given name in first_name.
 */
export function reviewerName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  const given = (firstName ?? "").normalize("NFC").trim()
  const family = (lastName ?? "").normalize("NFC").trim()
  const initial = family ? `${[...family][0]!.toLocaleUpperCase("vi")}.` : ""
  return [given, initial].filter(Boolean).join(" ") || "Người mua"
}

export type RatingSummary = { average: number | null; count: number }

/** The approved reviews' average to one decimal (4.666 → 4.7), or null while there are none. */
export function summarizeRatings(ratings: readonly number[]): RatingSummary {
  if (ratings.length === 0) return { average: null, count: 0 }
  const sum = ratings.reduce((total, rating) => total + rating, 0)
  return { average: Math.round((sum / ratings.length) * 10) / 10, count: ratings.length }
}

/**
 * "đã bán 1,2k" as Vietnamese shops write a sold count: whole below a thousand, then thousands
 * with one decimal (1.234 → "1,2k", 12.500 → "12,5k"), the decimal dropped when it is 0.
 */
export function compactCount(count: number, locale: "vi" | "en"): string {
  if (count < 1000) return String(count)
  const thousands = Math.floor(count / 100) / 10
  const text = Number.isInteger(thousands) ? String(thousands) : thousands.toFixed(1)
  return `${locale === "vi" ? text.replace(".", ",") : text}k`
}
