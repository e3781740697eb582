// The home page, cached whole (ISR) like the product page: the proxy sends "/" and "/en" here once
// the store has answered it, and each language is rendered on its first request, then served from
// the cache until a tag it read (products, product-sets, regions) is revalidated or the fallback
// minute passes. The edition segment is there so that Next renders it on a request rather than in
// `next build`, when no store answers (a page whose only parameter is the locale is prerendered).
// Not a public address: the proxy answers a request for /vi/home/… itself with 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { StoreUnavailableError } from "@/lib/store";
import { HomeView } from "@/modules/home/home-view";
import { HOME_EDITION } from "@/lib/cached-home";
import { homeMetadata, loadHome } from "@/modules/home/load-home";

type PageProps = { params: Promise<{ locale: Locale; edition: string }> };

/** Nothing is rendered at build time (the backend need not be up): each language on its first request. */
export function generateStaticParams() {
  return [];
}

/** The fallback when no tag is revalidated; matches REVALIDATE_SECONDS of the store reads. */
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  return homeMetadata(locale);
}

export default async function CachedHomePage({ params }: PageProps) {
  const { locale, edition } = await params;
  if (edition !== HOME_EDITION) notFound();
  setRequestLocale(locale);
  const store = await loadHome({ cachedPage: true });
  // Thrown, not rendered: a cached page is then kept until the store answers again (error.tsx).
  if (store.status === "unavailable") throw new StoreUnavailableError("home");
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/", locale })} />;
  }
  return <HomeView locale={locale} {...store.data} />;
}
