// The catalogue views rendered per request: searches, price ranges, filters combined, deep pages.
// The common browsing views are cached whole instead (app/[locale]/browse, lib/catalogue-views.ts);
// the proxy sends each request to one or the other.
import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { SearchParams } from "@/lib/catalogue-query";
import { CatalogueView } from "@/modules/catalogue/catalogue-view";
import { catalogueMetadata, loadCatalogue } from "@/modules/catalogue/load-catalogue";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const [{ locale }, rawQuery] = await Promise.all([params, searchParams]);
  return catalogueMetadata(locale, rawQuery);
}

export default async function CataloguePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const store = await loadCatalogue(await searchParams);
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/products", locale })} />;
  }
  return <CatalogueView {...store.data} />;
}
