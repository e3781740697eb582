// A fair's poster to print on A4: its name, days, place and a big QR code of its page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { qrSvg } from "@/lib/label-codes";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore, StoreUnavailableError } from "@/lib/store";
import { getFairByHandle } from "@/lib/trade-promotion";
import { FairPoster } from "@/modules/fair/fair-poster";

type PageProps = { params: Promise<{ locale: Locale; handle: string }> };

export function generateStaticParams() {
  return [];
}

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Fair" });
  return { title: t("posterTitle"), robots: { index: false, follow: true } };
}

export default async function FairPosterRoute({ params }: PageProps) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  const store = await loadFromStore("fair-poster", (medusa) => getFairByHandle(medusa, handle), { cachedPage: true });
  if (store.status === "unavailable") throw new StoreUnavailableError("fair-poster");
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: { pathname: "/fairs/[handle]/poster", params: { handle } }, locale })} />;
  }
  if (!store.data) notFound();
  const pageUrl = absoluteUrl(getPathname({ href: { pathname: "/fairs/[handle]", params: { handle } }, locale }));
  return <FairPoster fair={store.data} pageUrl={pageUrl} qrSvg={await qrSvg(pageUrl)} />;
}
