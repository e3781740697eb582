// The shop's trade-promotion campaigns (GET /store/trade-campaigns): the live ones, cached under the
// `campaigns` tag until the next start or end (the backend's minute job also revalidates the tag),
// and the price each puts on a product's card and page (@ocop/domain/campaigns).
import { type CampaignDiscount, campaignOffer, campaignPrice } from "@ocop/domain/campaigns";
import { CACHE_TAGS, REVALIDATE_SECONDS } from "@ocop/domain/cache-tags";
import type { Locale } from "@/i18n/routing";
import type { ProductSearchHit } from "./search";
import { isRefusal, type StoreClient } from "./store-api";
import type { VideoLink } from "./trade-promotion";
import type { PhotoMetadata } from "./types";

export type Campaign = {
  id: string;
  handle: string;
  name_vi: string;
  name_en: string;
  summary_vi: string | null;
  summary_en: string | null;
  banner: PhotoMetadata | null;
  starts_at: string;
  ends_at: string;
  province_code: string | null;
  product_ids: string[];
  discount: CampaignDiscount | null;
  live: boolean;
};

/** A campaign as its own page shows it: with its livestreams and videos, as link cards. */
export type CampaignWithVideos = Campaign & { video_links: VideoLink[] };

/** What a card or a product page shows of the campaign a product is in: its price there, in whole đồng. */
export type CampaignOffer = { handle: string; name_vi: string; name_en: string; price: number | null; ends_at: string };

type LiveCampaigns = { campaigns: Campaign[]; next_change_at: string | null };

/** Seconds until the next campaign starts or ends, within the shop's fallback minute: a cached price never outlives its campaign. */
export function secondsUntilChange(nextChangeAt: string | null, now = Date.now()): number {
  if (!nextChangeAt) return REVALIDATE_SECONDS;
  return Math.min(REVALIDATE_SECONDS, Math.max(1, Math.ceil((Date.parse(nextChangeAt) - now) / 1000)));
}

export async function listLiveCampaigns(medusa: StoreClient): Promise<Campaign[]> {
  // Read first with the minute's lifetime, then kept no longer than the next start or end.
  const first = await medusa.fetch<LiveCampaigns>("/store/trade-campaigns", { cache: { tags: [CACHE_TAGS.campaigns] } });
  const revalidate = secondsUntilChange(first.next_change_at);
  if (revalidate === REVALIDATE_SECONDS) return first.campaigns;
  const bounded = await medusa.fetch<LiveCampaigns>("/store/trade-campaigns", { cache: { tags: [CACHE_TAGS.campaigns], revalidate } });
  return bounded.campaigns;
}

export async function getCampaign(medusa: StoreClient, handle: string): Promise<{ campaign: CampaignWithVideos; products: ProductSearchHit[] } | null> {
  try {
    return await medusa.fetch(`/store/trade-campaigns/${encodeURIComponent(handle)}`, { cache: { tags: [CACHE_TAGS.campaigns] } });
  } catch (error) {
    if (isRefusal(error, 404)) return null;
    throw error;
  }
}

export function campaignName(campaign: Pick<Campaign, "name_vi" | "name_en">, locale: Locale): string {
  return locale === "en" ? campaign.name_en : campaign.name_vi;
}

export function campaignSummary(campaign: Pick<Campaign, "summary_vi" | "summary_en">, locale: Locale): string | null {
  return locale === "en" ? (campaign.summary_en ?? campaign.summary_vi) : campaign.summary_vi;
}

/** The product's offer in the first live campaign with a discount that holds it, at `amount` đồng a unit. */
export function offerOf(campaigns: readonly Campaign[], productId: string, amount: number | null): CampaignOffer | null {
  const found = campaignOffer(campaigns, productId, amount);
  if (!found) return null;
  const { handle, name_vi, name_en, ends_at } = found.campaign;
  return { handle, name_vi, name_en, ends_at, price: found.price };
}

/** The live campaign with a discount that holds the product, if one does. */
export function campaignOf(campaigns: readonly Campaign[], productId: string): Campaign | null {
  return campaignOffer(campaigns, productId, null)?.campaign ?? null;
}

/** Each hit with its campaign price, where a live campaign holds it. */
export function withCampaignOffers(hits: ProductSearchHit[], campaigns: readonly Campaign[]): ProductSearchHit[] {
  if (!campaigns.length) return hits;
  return hits.map((hit) => ({ ...hit, campaign_offer: offerOf(campaigns, hit.id, hit.price_vnd) }));
}

/** A pack's price in the campaign of the offer's discount. */
export function packCampaignPrice(campaign: Pick<Campaign, "discount">, amount: number): number {
  return campaignPrice(amount, campaign.discount);
}
