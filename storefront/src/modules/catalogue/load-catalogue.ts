// What the catalogue page shows, read once per render for the page and its metadata, both for the
// views rendered per request (app/[locale]/products) and for those cached whole (app/[locale]/browse).
import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/routing";
import { parseCatalogueQuery, type SearchParams, searchWords } from "@/lib/catalogue-query";
import { searchCatalogue } from "@/lib/catalogue-search";
import { nationalProducts } from "@/lib/product-groups";
import { industriesOf, listProductSets } from "@/lib/product-sets";
import { loadFromStore } from "@/lib/store";

/** Shown when nothing matches, so the page still offers something worth opening. */
const POPULAR_COUNT = 4;

export function loadCatalogue(rawQuery: SearchParams, options: { cachedPage?: boolean } = {}) {
  return loadFromStore(
    "catalogue",
    async (medusa) => {
      const productSets = await listProductSets(medusa);
      const industries = industriesOf(productSets);
      const provinces = listProvinces().map(({ code, name }) => ({ code, name }));
      const { query, problems } = parseCatalogueQuery(rawQuery, {
        industries: new Set(industries.map((industry) => industry.handle)),
        productSets: new Set(productSets.map((set) => set.handle)),
        provinces: new Set(provinces.map((province) => province.code)),
      });
      const page = await searchCatalogue(query, productSets);
      const popular = page.count === 0 ? (await nationalProducts(POPULAR_COUNT)).products : [];
      return { query, problems, page, popular, industries, productSets, provinces };
    },
    options,
  );
}

export async function catalogueMetadata(locale: Locale, rawQuery: SearchParams): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Catalogue" });
  const q = searchWords(rawQuery);
  return {
    title: q ? t("titleWithQuery", { q }) : t("title"),
    description: t("description"),
    alternates: localeAlternates("/products", locale),
    // Search results are endless variations of the catalogue: not worth indexing, but worth following.
    ...(q ? { robots: { index: false, follow: true } } : {}),
  };
}
