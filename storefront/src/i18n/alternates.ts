// Canonical URL and hreflang alternates for a page, in every locale the storefront speaks.
import type { Metadata } from "next";
import { getPathname } from "./navigation";
import { type Locale, routing } from "./routing";

type Href = Parameters<typeof getPathname>[0]["href"];

export function localeAlternates(href: Href, locale: Locale): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const alternate of routing.locales) {
    languages[alternate] = getPathname({ href, locale: alternate });
  }
  languages["x-default"] = getPathname({ href, locale: routing.defaultLocale });
  return { canonical: getPathname({ href, locale }), languages };
}

/** Absolute URLs in metadata (canonical, hreflang, Open Graph) are built on this origin. */
export function siteUrl(): URL {
  return new URL(process.env.STOREFRONT_URL?.trim() || "http://localhost:8000");
}
