// Absolute URLs for metadata and structured data, on the storefront's public origin (STOREFRONT_URL).
import { siteUrl } from "@/i18n/alternates";
import type { Locale } from "@/i18n/routing";

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/** The Open Graph image of a product (app/api/og/[locale]/products/[handle]/route.tsx). */
export function productOgImageUrl(locale: Locale, handle: string): string {
  return absoluteUrl(`/api/og/${locale}/products/${encodeURIComponent(handle)}`);
}

/** A description short enough for a search result: whole words, about 160 characters. */
export function summarize(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}
