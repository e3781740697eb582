// Trade promotion as the shop reads it: fairs (their pages and posters), a province pavilion's
// curation and the livestream and video links of a product or a fair, each cached under its tags
// (a campaign's come with its page, lib/campaigns.ts).
import { CACHE_TAGS, tagsOfFair } from "@ocop/domain/cache-tags";
import { type FairTiming, fairTiming, type VideoKind, type VideoPlatform } from "@ocop/domain/trade-promotion";
import { todayInVietnam } from "@ocop/domain/vietnam-date";
import { type ProductList, productsOfProducer } from "./product-groups";
import { isRefusal, type StoreClient } from "./store-api";
import type { PhotoMetadata } from "./types";

export type VideoLink = {
  id: string;
  url: string;
  platform: VideoPlatform;
  title: string;
  kind: VideoKind;
  starts_at: string | null;
};

export type FairProducer = { id: string; handle: string; name: string; province_code: string };

export type Fair = {
  id: string;
  handle: string;
  name: string;
  name_en: string | null;
  description: string | null;
  description_en: string | null;
  starts_on: string;
  ends_on: string;
  province_code: string;
  commune_code: string;
  province_name: string | null;
  commune_name: string | null;
  venue: string;
  producers: FairProducer[];
  video_links: VideoLink[];
};

export type Pavilion = {
  province_code: string;
  banner: PhotoMetadata | null;
  introduction: string | null;
  introduction_en: string | null;
  producers: { id: string; handle: string; name: string }[];
  products: { id: string; handle: string; title: string }[];
};

/** The fairs on now and to come, soonest first. */
export async function listFairs(medusa: StoreClient): Promise<Fair[]> {
  const { fairs } = await medusa.fetch<{ fairs: Fair[] }>("/store/fairs", { cache: { tags: [CACHE_TAGS.fairs] } });
  return fairs;
}

/** The fair with this handle (on, coming or over), or null. */
export async function getFairByHandle(medusa: StoreClient, handle: string): Promise<Fair | null> {
  try {
    const { fair } = await medusa.fetch<{ fair: Fair }>(`/store/fairs/${encodeURIComponent(handle)}`, { cache: { tags: tagsOfFair({ handle }) } });
    return fair;
  } catch (error) {
    if (isRefusal(error, 404)) return null;
    throw error;
  }
}

export type FairStall = { producer: FairProducer; products: ProductList };

/** A fair's stalls: each producer taking part with its products, in the fair's order (by name). */
export async function fairStalls(fair: Pick<Fair, "producers">): Promise<FairStall[]> {
  return Promise.all(fair.producers.map(async (producer) => ({ producer, products: await productsOfProducer(producer.handle) })));
}

export function timingOfFair(fair: Pick<Fair, "starts_on" | "ends_on">, now = new Date()): FairTiming {
  return fairTiming(fair, todayInVietnam(now));
}

/** A province pavilion's curation; every field empty for one the programme office has not curated. */
export async function getPavilion(medusa: StoreClient, provinceCode: string): Promise<Pavilion> {
  const { pavilion } = await medusa.fetch<{ pavilion: Pavilion }>(`/store/pavilions/${encodeURIComponent(provinceCode)}`, {
    cache: { tags: [CACHE_TAGS.province(provinceCode)] },
  });
  return pavilion;
}

/** What the pavilion features first, then the rest in their own order. */
export function featuredFirst<T>(items: readonly T[], featuredIds: readonly string[], idOf: (item: T) => string): T[] {
  const rank = new Map(featuredIds.map((id, index) => [id, index]));
  const featured = items.filter((item) => rank.has(idOf(item))).sort((a, b) => rank.get(idOf(a))! - rank.get(idOf(b))!);
  return [...featured, ...items.filter((item) => !rank.has(idOf(item)))];
}

/** A product's livestreams and videos, latest first. */
export async function getProductVideoLinks(medusa: StoreClient, product: { id: string; handle: string }): Promise<VideoLink[]> {
  const { video_links } = await medusa.fetch<{ video_links: VideoLink[] }>(`/store/products/${encodeURIComponent(product.id)}/video-links`, {
    cache: { tags: [CACHE_TAGS.product(product.handle)] },
  });
  return video_links;
}
