/**
 * A buyer's account: what a registration must hold, checked alike by the storefront's form and by
 * the backend's `POST /store/registrations` (where its emails link to: `account-links.ts`).
 * Each rule answers with a problem code, which each side words in its own sentence.
 */
import { TEXT_LIMITS } from "./input-limits"

export type AccountProblem = "required" | "too_long" | "invalid_email" | "password_short" | "password_guessable"

/** Shorter passwords are refused. */
export const MIN_PASSWORD_LENGTH = 8

/** "Lan@Example.VN " and "lan@example.vn" are one account. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase()
}

/** Expects the email as normalizeEmail gives it. */
export function emailProblem(email: string): AccountProblem | undefined {
  if (!email) return "required"
  if (email.length > TEXT_LIMITS.email || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) return "invalid_email"
  return undefined
}

/** A password is taken as typed, spaces and all; `email` as normalizeEmail gives it. */
export function passwordProblem(password: string, email: string): AccountProblem | undefined {
  if (!password) return "required"
  if (password.length < MIN_PASSWORD_LENGTH) return "password_short"
  // Hashing is deliberately slow: a bound keeps one request from costing more than a sign-in.
  if (password.length > TEXT_LIMITS.password) return "too_long"
  // The email (or its name part) as the password is the first thing anyone would guess.
  const lower = password.toLowerCase()
  if (lower === email || lower === email.split("@")[0] || /^(.)\1*$/.test(password)) return "password_guessable"
  return undefined
}
