// A fair's page, cached whole (ISR) under the fair's and its producers' tags: what its poster's QR
// code opens on a visitor's phone at the fair.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore, StoreUnavailableError } from "@/lib/store";
import { fairStalls, getFairByHandle } from "@/lib/trade-promotion";
import { fairDays, fairName, fairPlace } from "@/modules/fair/fair-dates";
import { FairPage } from "@/modules/fair/fair-page";

type PageProps = { params: Promise<{ locale: Locale; handle: string }> };

export function generateStaticParams() {
  return [];
}

export const revalidate = 60;

const loadFair = cache((handle: string) =>
  loadFromStore(
    "fair",
    async (medusa) => {
      const fair = await getFairByHandle(medusa, handle);
      return fair ? { fair, stalls: await fairStalls(fair) } : null;
    },
    { cachedPage: true },
  ),
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, handle } = await params;
  const store = await loadFair(handle);
  if (store.status !== "ready" || !store.data) return {};
  const { fair } = store.data;
  const t = await getTranslations({ locale, namespace: "Fair" });
  const alternates = localeAlternates({ pathname: "/fairs/[handle]", params: { handle } }, locale);
  const title = fairName(fair, locale);
  const description = t("pageDescription", { name: title, days: fairDays(fair, locale), place: fairPlace(fair, locale) });
  return { title, description, alternates, openGraph: { title, description, url: absoluteUrl(String(alternates?.canonical)) } };
}

export default async function FairRoute({ params }: PageProps) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  const store = await loadFair(handle);
  if (store.status === "unavailable") throw new StoreUnavailableError("fair");
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: { pathname: "/fairs/[handle]", params: { handle } }, locale })} />;
  }
  if (!store.data) notFound();
  return <FairPage {...store.data} />;
}
