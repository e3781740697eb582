// Product and OCOP texts in the buyer's language: English where the catalogue has it, else Vietnamese.
import type { Industry, Product, ProductSet } from "./types";
import { unitNameInEnglish } from "@ocop/domain/address-format";

export type ContentLocale = "vi" | "en";

export function productTitle(product: Pick<Product, "title" | "metadata">, locale: ContentLocale): string {
  return (locale === "en" && product.metadata?.title_en) || product.title;
}

export function ocopName(entry: Pick<Industry | ProductSet, "name_vi" | "name_en">, locale: ContentLocale): string {
  return locale === "en" ? entry.name_en : entry.name_vi;
}

export function productSubtitle(product: Pick<Product, "subtitle" | "metadata">, locale: ContentLocale): string | null {
  return (locale === "en" && product.metadata?.subtitle_en) || product.subtitle;
}

export function productDescription(product: Pick<Product, "description" | "metadata">, locale: ContentLocale): string | null {
  return (locale === "en" && product.metadata?.description_en) || product.description;
}

export function productStory(product: Pick<Product, "metadata">, locale: ContentLocale): string | null {
  return (locale === "en" && product.metadata?.story_en) || product.metadata?.story_vi || null;
}

/**
 * A 2025 province or commune as an English reader expects it: "Tỉnh Ninh Bình" → "Ninh Bình
 * Province", "Xã Hải Hậu" → "Hải Hậu Commune", "Thành phố Huế" → "Huế City"
 * (@ocop/domain/address-format). Vietnamese keeps the official name.
 */
export function unitName(name: string, locale: ContentLocale): string {
  return locale === "en" ? unitNameInEnglish(name) : name;
}
