// The trace page a package's QR code opens (/t/<GTIN-13>): the product, its producer, its certificate
// and whether that is valid today. Rendered per request, so "today" is always Vietnam's today.
import { isGtin13 } from "@ocop/domain/gtin";
import { todayInVietnam } from "@ocop/domain/vietnam-date";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productTitle } from "@/lib/localized";
import { loadFromStore } from "@/lib/store";
import { findProductByTraceCode } from "@/lib/trace";
import { TracePage } from "@/modules/trace/trace-page";

type PageProps = { params: Promise<{ locale: Locale; code: string }> };

/** Metadata and page read the product once per render, its standing as of the day the page says it checked. */
const loadTrace = cache((code: string, today: string) =>
  loadFromStore("trace", (medusa, region) => findProductByTraceCode(medusa, code, region.id, today)),
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isGtin13(code)) return {};
  const store = await loadTrace(code, todayInVietnam());
  if (store.status !== "ready" || !store.data) return {};
  const t = await getTranslations({ locale, namespace: "Trace" });
  return {
    title: t("metaTitle", { title: productTitle(store.data, locale) }),
    description: t("metaDescription"),
    alternates: localeAlternates({ pathname: "/t/[code]", params: { code } }, locale),
    // The product page is the one to index; this is its label's twin.
    robots: { index: false, follow: true },
  };
}

export default async function TraceRoute({ params }: PageProps) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  if (!isGtin13(code)) notFound();
  const today = todayInVietnam();
  const store = await loadTrace(code, today);
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: { pathname: "/t/[code]", params: { code } }, locale })} />;
  }
  if (!store.data) notFound();
  return <TracePage product={store.data} code={code} today={today} />;
}
