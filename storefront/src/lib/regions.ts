import type Medusa from "@medusajs/js-sdk";
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import type { Region, RegionListResponse } from "./types";

/** The region that prices the catalogue in the given currency, or null if the store has none. */
export async function getRegionByCurrency(sdk: Medusa, currencyCode: string): Promise<Region | null> {
  const { regions } = await sdk.client.fetch<RegionListResponse>("/store/regions", {
    next: { tags: [CACHE_TAGS.regions], revalidate: REVALIDATE_SECONDS },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return regions.find((region) => region.currency_code === currencyCode) ?? null;
}
