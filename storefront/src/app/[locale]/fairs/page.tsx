// The fairs on now and to come, cached like the province pavilions and refreshed when a fair changes.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo-urls";
import { loadFromStore, StoreUnavailableError } from "@/lib/store";
import { listFairs } from "@/lib/trade-promotion";
import { FairList } from "@/modules/fair/fair-list";

type PageProps = { params: Promise<{ locale: Locale }> };

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Fair" });
  const alternates = localeAlternates("/fairs", locale);
  const title = t("listTitle");
  const description = t("listDescription");
  return { title, description, alternates, openGraph: { title, description, url: absoluteUrl(String(alternates?.canonical)) } };
}

export default async function FairsPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const store = await loadFromStore("fairs", (medusa) => listFairs(medusa), { cachedPage: true });
  if (store.status === "unavailable") throw new StoreUnavailableError("fairs");
  if (store.status !== "ready") return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: "/fairs", locale })} />;
  return <FairList fairs={store.data} />;
}
