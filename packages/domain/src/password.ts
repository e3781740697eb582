/**
 * What a password must be, for every form and API that sets one (the storefront's account and
 * producer forms, the producer registration and invitation routes): long enough, and not the first
 * thing anyone would guess.
 */

/** Shorter passwords are refused. */
export const MIN_PASSWORD_LENGTH = 8

export type PasswordProblem = "required" | "password_short" | "password_guessable"

/** Expects the email trimmed and in lower case; the password is taken as typed (spaces may be part of it). */
export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  if (!password) return "required"
  if (password.length < MIN_PASSWORD_LENGTH) return "password_short"
  // The email (or its name part) as the password is the first thing anyone would guess.
  const lower = password.toLowerCase()
  if (lower === email || lower === email.split("@")[0] || /^(.)\1*$/.test(password)) return "password_guessable"
  return undefined
}
