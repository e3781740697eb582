// Which of the storefront's pages a request path names, in either language. The proxy asks it so
// that any other path is answered 404 with the not-found page in the HTML itself, and to give the
// buyer's own pages their per-request script policy.
import { type AppPathname, type Locale, routing } from "./routing";

function templatePattern(template: string): string {
  return template
    .split("/")
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
}

function localizedTemplate(localized: string | Record<Locale, string>, locale: Locale): string {
  return typeof localized === "string" ? localized : localized[locale];
}

/** Each language's page paths as patterns, e.g. "/san-pham/[handle]" for vi, "/products/[handle]" for en. */
const PAGE_PATTERNS = Object.fromEntries(
  routing.locales.map((locale) => [
    locale,
    Object.entries(routing.pathnames).map(([page, localized]) => ({
      page: page as AppPathname,
      pattern: new RegExp(`^${templatePattern(localizedTemplate(localized, locale))}/?$`),
    })),
  ]),
) as Record<Locale, { page: AppPathname; pattern: RegExp }[]>;

/** The language a path is in and the path without its prefix: "/en/products" → en, "/products". */
function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: routing.defaultLocale, path: pathname };
}

/** The page a path names ("/en/orders/x" → "/orders/[id]"), or null for a path that names none. */
export function pageOfPath(pathname: string): AppPathname | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const { locale, path } = splitLocale(decoded.normalize("NFC"));
  return PAGE_PATTERNS[locale].find(({ pattern }) => pattern.test(path))?.page ?? null;
}

export function isKnownPagePath(pathname: string): boolean {
  return pageOfPath(pathname) !== null;
}

/** The pages that show the buyer's own cart, order or account: rendered per request, never cached. */
export function isBuyersOwnPage(page: AppPathname): boolean {
  return page === "/cart" || page === "/checkout" || page === "/orders/[id]" || page.startsWith("/account");
}
