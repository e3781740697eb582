import type { HttpTypes } from "@medusajs/types";
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import type { StoreClient } from "./store-api";
import type { Region } from "./types";

/** The shop sells in đồng only. */
const STORE_CURRENCY = "vnd";

/** The region that prices the catalogue in VND; the store is broken without one. */
export async function getStoreRegion(medusa: StoreClient): Promise<Region> {
  const { regions } = await medusa.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    cache: { tags: [CACHE_TAGS.regions] },
  });
  const region = regions.find((candidate) => candidate.currency_code === STORE_CURRENCY);
  if (!region) throw new Error(`the store has no region with currency "${STORE_CURRENCY}"`);
  return region;
}
