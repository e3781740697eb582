// A campaign's page, cached whole (ISR) like the product page: rendered on its first request, then
// served until the backend revalidates the `campaigns` tag (a campaign made, started or ended) or
// the fallback minute passes.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { StoreUnavailable } from "@/components/store-unavailable";
import { localeAlternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { campaignName, campaignSummary, getCampaign, listLiveCampaigns, withCampaignOffers } from "@/lib/campaigns";
import { loadFromStore, StoreUnavailableError } from "@/lib/store";
import { CampaignView } from "@/modules/campaign/campaign-view";

type PageProps = { params: Promise<{ locale: Locale; handle: string }> };

/** Nothing is rendered at build time (the backend need not be up): each campaign on its first request. */
export function generateStaticParams() {
  return [];
}

/** The fallback when no tag is revalidated; matches REVALIDATE_SECONDS of the store reads. */
export const revalidate = 60;

const loadCampaign = cache((handle: string) =>
  loadFromStore(
    "campaign",
    async (medusa) => {
      const [found, live] = await Promise.all([getCampaign(medusa, handle), listLiveCampaigns(medusa)]);
      return found && { campaign: found.campaign, products: withCampaignOffers(found.products, live) };
    },
    { cachedPage: true },
  ),
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, handle } = await params;
  const store = await loadCampaign(handle);
  if (store.status !== "ready" || !store.data) return {};
  const { campaign } = store.data;
  return {
    title: campaignName(campaign, locale),
    description: campaignSummary(campaign, locale) ?? undefined,
    alternates: localeAlternates({ pathname: "/campaigns/[handle]", params: { handle } }, locale),
  };
}

export default async function CampaignPage({ params }: PageProps) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  const store = await loadCampaign(handle);
  // Thrown, not rendered: a cached page is then kept until the store answers again (error.tsx).
  if (store.status === "unavailable") throw new StoreUnavailableError("campaign");
  if (store.status !== "ready") {
    return <StoreUnavailable reason={store.status} reloadHref={getPathname({ href: { pathname: "/campaigns/[handle]", params: { handle } }, locale })} />;
  }
  if (!store.data) notFound();
  return <CampaignView {...store.data} />;
}
