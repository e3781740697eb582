// Whether a request path names one of the storefront's pages, in either language. The proxy asks it
// so that any other path is answered 404 with the not-found page in the HTML itself.
import { type Locale, routing } from "./routing";

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
    Object.values(routing.pathnames).map((localized) => new RegExp(`^${templatePattern(localizedTemplate(localized, locale))}/?$`)),
  ]),
) as Record<Locale, RegExp[]>;

/** The language a path is in and the path without its prefix: "/en/products" → en, "/products". */
function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: routing.defaultLocale, path: pathname };
}

export function isKnownPagePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const { locale, path } = splitLocale(decoded.normalize("NFC"));
  return PAGE_PATTERNS[locale].some((pattern) => pattern.test(path));
}
