// The catalogue's common browsing views, cached whole (ISR) like the product page: the proxy sends
// "/san-pham", "/san-pham?stars=5", "/en/products?province=37&page=2" … here under the view's key
// (lib/catalogue-views.ts), and each is rendered on its first request, then served from the cache
// until the products tag is revalidated or the fallback minute passes. Not a public address: the
// proxy answers a request for /vi/browse/… itself with 404.
import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { viewParams } from "@/lib/catalogue-views";
import { StoreUnavailableError } from "@/lib/store";
import { CatalogueView } from "@/modules/catalogue/catalogue-view";
import { catalogueMetadata, loadCatalogue } from "@/modules/catalogue/load-catalogue";

type PageProps = { params: Promise<{ locale: Locale; view: string }> };

/** Nothing is rendered at build time (the backend need not be up): each view on its first request. */
export function generateStaticParams() {
  return [];
}

/** The fallback when no tag is revalidated; matches REVALIDATE_SECONDS of the store reads. */
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, view } = await params;
  return catalogueMetadata(locale, viewParams(decodeURIComponent(view)));
}

export default async function CachedCatalogueView({ params }: PageProps) {
  const { locale, view } = await params;
  setRequestLocale(locale);
  const store = await loadCatalogue(viewParams(decodeURIComponent(view)), { cachedPage: true });
  // Thrown, not rendered: a cached view is then kept until the store answers again (error.tsx).
  if (store.status === "unavailable") throw new StoreUnavailableError("catalogue");
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/products", locale })} />;
  }
  return <CatalogueView {...store.data} />;
}
