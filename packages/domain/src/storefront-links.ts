/**
 * The storefront's pages that other places link to (an account email, the Admin, a printed QR
 * code), in each language, as its routing names them (English under its `/en` prefix, Vietnamese,
 * the default language, without one), and the links built on them. Apart from the rules of those
 * pages (`account.ts`, `trade-promotion.ts`), so the storefront's routing, which every page ships
 * to the browser, carries these paths and nothing else.
 */

/** The page that confirms a registration's email, and the one that sets a new password. */
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

/**
 * A fair's page and its poster on the storefront, in each language (English under `/en`); the
 * storefront's routing names them, and the Admin links to them (and a printed QR code leads there).
 */
export const FAIR_PATHNAMES = { vi: "/hoi-cho/[handle]", en: "/fairs/[handle]" } as const
export const FAIR_POSTER_PATHNAMES = { vi: "/hoi-cho/[handle]/ap-phich", en: "/fairs/[handle]/poster" } as const

/** The Vietnamese page (or poster) of a fair on the storefront at `origin`. */
export function fairUrl(origin: string, handle: string, page: "page" | "poster" = "page"): string {
  const template = page === "page" ? FAIR_PATHNAMES.vi : FAIR_POSTER_PATHNAMES.vi
  return new URL(template.replace("[handle]", encodeURIComponent(handle)), origin).toString()
}
