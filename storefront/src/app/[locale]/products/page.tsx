import { listProvinces } from "@ocop/domain/admin-units";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parseCatalogueQuery, type SearchParams, searchWords } from "@/lib/catalogue-query";
import { searchCatalogue } from "@/lib/catalogue-search";
import { nationalProducts } from "@/lib/product-groups";
import { industriesOf, listProductSets } from "@/lib/product-sets";
import { loadFromStore } from "@/lib/store";
import { CatalogueView } from "@/modules/catalogue/catalogue-view";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> };

/** Shown when nothing matches, so the page still offers something worth opening. */
const POPULAR_COUNT = 4;

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const [{ locale }, rawQuery] = await Promise.all([params, searchParams]);
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

export default async function CataloguePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const rawQuery = await searchParams;

  const store = await loadFromStore("catalogue", async (medusa) => {
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
  });

  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/products", locale })} />;
  }
  return <CatalogueView {...store.data} />;
}
