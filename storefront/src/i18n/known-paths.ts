// Which of the storefront's pages a request path names, in either language. The proxy asks it so
// that any other path is answered 404 with the not-found page in the HTML itself, and to give the
// buyer's own pages their per-request script policy; the language switch asks it for the same page
// in the other language (next-intl's own mapping would bring its whole client navigation to every page).
import { type AppPathname, type Locale, routing } from "./routing";

function templatePattern(template: string): string {
  return template
    .split("/")
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
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

/** The page a path names, with its parameters' values in their order in the path. */
function matchPage(pathname: string): { page: AppPathname; values: string[] } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const { locale, path } = splitLocale(decoded.normalize("NFC"));
  for (const { page, pattern } of PAGE_PATTERNS[locale]) {
    const found = pattern.exec(path);
    if (found) return { page, values: found.slice(1) };
  }
  return null;
}

/** The page a path names ("/en/orders/x" → "/orders/[id]"), or null for a path that names none. */
export function pageOfPath(pathname: string): AppPathname | null {
  return matchPage(pathname)?.page ?? null;
}

/** A page's template ("/products/[handle]") with its parameters' values, in order. */
type Filled = { page: AppPathname; values: (params: string) => string };

/**
 * A page's path in a language: its template with the parameters filled in, prefixed but for
 * Vietnamese (`localePrefix: "as-needed"`), and encoded as a browser would (non-ASCII, spaces).
 */
function localizedPath({ page, values }: Filled, locale: Locale): string {
  const filled = localizedTemplate(routing.pathnames[page], locale)
    .split("/")
    .map((part) => {
      const name = /^\[([^\]]+)\]$/.exec(part)?.[1];
      return name ? values(name) : part;
    })
    .join("/");
  const prefixed = locale === routing.defaultLocale ? filled : filled === "/" ? `/${locale}` : `/${locale}${filled}`;
  return new URL(prefixed, "http://storefront").pathname;
}

type ParamsOf<P extends string> = P extends `${string}[${infer Name}]${infer Rest}` ? { [K in Name]: string | number } & ParamsOf<Rest> : unknown;
type WithParams = { [P in AppPathname]: P extends `${string}[${string}` ? P : never }[AppPathname];
/** A query's values; an undefined one is left out. */
type Query = Record<string, string | number | readonly (string | number)[] | undefined>;

/** A page, with its parameters when its template has any, and a query. */
export type Href =
  | Exclude<AppPathname, WithParams>
  | { [P in Exclude<AppPathname, WithParams>]: { pathname: P; params?: undefined; query?: Query } }[Exclude<AppPathname, WithParams>]
  | { [P in WithParams]: { pathname: P; params: ParamsOf<P>; query?: Query } }[WithParams];

/** The path of a page in a language: "/products/[handle]" with its handle, for vi → "/san-pham/mien-dong". */
export function pathOf(href: Href, locale: Locale): string {
  const { pathname, params, query } = typeof href === "string" ? { pathname: href, params: undefined, query: undefined } : href;
  const path = localizedPath({ page: pathname, values: (name) => String((params as Record<string, string | number> | undefined)?.[name] ?? "") }, locale);
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of typeof value === "object" ? value : [value]) search.append(key, String(item));
  }
  return search.size > 0 ? `${path}?${search}` : path;
}

/**
 * The same page in another language ("/san-pham/mien-dong", en → "/en/products/mien-dong"; "/en",
 * vi → "/"), or null for a path that names no page.
 */
export function pathInLocale(pathname: string, target: Locale): string | null {
  const found = matchPage(pathname);
  if (!found) return null;
  let next = 0;
  return localizedPath({ page: found.page, values: () => found.values[next++] ?? "" }, target);
}

export function isKnownPagePath(pathname: string): boolean {
  return pageOfPath(pathname) !== null;
}

/** The pages that show the buyer's own cart, order or account: rendered per request, never cached. */
export function isBuyersOwnPage(page: AppPathname): boolean {
  return page === "/cart" || page === "/checkout" || page === "/orders/[id]" || page.startsWith("/account");
}
