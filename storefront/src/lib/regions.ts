import type Medusa from "@medusajs/js-sdk";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import type { Region, RegionListResponse } from "./types";

export const REGIONS_TAG = "regions";

/** The region that prices the catalogue in the given currency, or null if the store has none. */
export async function getRegionByCurrency(sdk: Medusa, currencyCode: string): Promise<Region | null> {
  const { regions } = await sdk.client.fetch<RegionListResponse>("/store/regions", {
    next: { tags: [REGIONS_TAG], revalidate: 60 },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return regions.find((region) => region.currency_code === currencyCode) ?? null;
}
