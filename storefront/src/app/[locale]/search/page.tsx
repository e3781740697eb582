import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { SearchParams } from "@/lib/catalogue-query";
import { industriesOf, listProductSets } from "@/lib/product-sets";
import { listProvinces } from "@/lib/provinces";
import { type SearchFacet, searchProducts } from "@/lib/search";
import { parseSearchPageQuery, searchFilters } from "@/lib/search-query";
import { loadFromStore } from "@/lib/store";
import { SEARCH_PAGE_SIZE, SearchView } from "@/modules/search/search-view";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> };

const FACETS: SearchFacet[] = ["star_rating", "industry", "product_set", "province", "in_stock"];
/** Shown when nothing matches, so the page still offers something worth opening. */
const POPULAR_COUNT = 4;

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const [{ locale }, { q }] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "Search" });
  const query = typeof q === "string" ? q.trim() : "";
  return {
    title: query ? t("titleWithQuery", { q: query }) : t("title"),
    description: t("description"),
    alternates: localeAlternates("/search", locale),
    // Result pages are endless variations of the catalogue: not worth indexing.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const rawQuery = await searchParams;

  const store = await loadFromStore("search", async (sdk) => {
    const productSets = await listProductSets(sdk);
    const industries = industriesOf(productSets);
    const provinces = listProvinces().map(({ code, name }) => ({ code, name }));
    const { query, problems } = parseSearchPageQuery(rawQuery, {
      industries: new Set(industries.map((industry) => industry.handle)),
      productSets: new Set(productSets.map((set) => set.handle)),
      provinces: new Set(provinces.map((province) => province.code)),
    });
    const results = await searchProducts({
      q: query.q,
      filters: searchFilters(query, productSets),
      sort: query.sort,
      limit: SEARCH_PAGE_SIZE,
      offset: (query.page - 1) * SEARCH_PAGE_SIZE,
      facets: FACETS,
      exactTotal: true,
    });
    const popular =
      results.total === 0
        ? (await searchProducts({ q: "", filters: { starRatings: [5] }, limit: POPULAR_COUNT })).hits
        : [];
    return { query, problems, results, popular, industries, productSets, provinces };
  });

  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/search", locale })} />;
  }
  return <SearchView {...store.data} />;
}
