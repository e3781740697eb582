/**
 * A buyer's account: what a registration must hold, checked alike by the storefront's form and by
 * the backend's `POST /store/registrations`, and where the link that confirms its email leads.
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

/**
 * The storefront's pages an account email links to, in each language, as its routing names them
 * (English under its `/en` prefix, Vietnamese, the default language, without one): the page that
 * confirms a registration's email and the one that sets a new password.
 */
export const CONFIRM_EMAIL_PATHNAMES = { vi: "/tai-khoan/xac-nhan", en: "/account/confirm" } as const
export const RESET_PASSWORD_PATHNAMES = { vi: "/tai-khoan/dat-lai-mat-khau", en: "/account/reset-password" } as const
/** The producer portal's page where an invited person joins a producer (the token of the invitation email). */
export const PRODUCER_INVITE_PATHNAMES = { vi: "/producer/loi-moi", en: "/producer/invite" } as const

export type AccountLocale = keyof typeof CONFIRM_EMAIL_PATHNAMES

export const ACCOUNT_LOCALES = Object.keys(CONFIRM_EMAIL_PATHNAMES) as AccountLocale[]

type AccountPathnames = Record<AccountLocale, string>

function accountLinkUrl(pathnames: AccountPathnames, storefrontUrl: string, locale: AccountLocale, token: string): string {
  const prefix = locale === "vi" ? "" : `/${locale}`
  return `${storefrontUrl.replace(/\/+$/, "")}${prefix}${pathnames[locale]}?token=${encodeURIComponent(token)}`
}

/** The link of a confirmation email: `https://shop/tai-khoan/xac-nhan?token=…`, `https://shop/en/account/confirm?token=…`. */
export function confirmEmailUrl(storefrontUrl: string, locale: AccountLocale, token: string): string {
  return accountLinkUrl(CONFIRM_EMAIL_PATHNAMES, storefrontUrl, locale, token)
}

/** The link of a password reset email: `https://shop/tai-khoan/dat-lai-mat-khau?token=…`. */
export function resetPasswordUrl(storefrontUrl: string, locale: AccountLocale, token: string): string {
  return accountLinkUrl(RESET_PASSWORD_PATHNAMES, storefrontUrl, locale, token)
}

/** The link of a producer's invitation email: `https://shop/producer/loi-moi?token=…`. */
export function producerInviteUrl(storefrontUrl: string, locale: AccountLocale, token: string): string {
  return accountLinkUrl(PRODUCER_INVITE_PATHNAMES, storefrontUrl, locale, token)
}
