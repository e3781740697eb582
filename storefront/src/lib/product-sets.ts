import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import type { StoreClient } from "./store-api";
import type { Industry, ProductSetListResponse, ProductSetWithIndustry } from "./types";

/** The 26 product sets of Decision 148/QĐ-TTg with their industries, in the decision's order. */
export async function listProductSets(medusa: StoreClient): Promise<ProductSetWithIndustry[]> {
  const { product_sets } = await medusa.fetch<ProductSetListResponse>("/store/product-sets", {
    cache: { tags: [CACHE_TAGS.productSets] },
  });
  return product_sets;
}

/** The six industries, in the order their first product set appears. */
export function industriesOf(productSets: readonly ProductSetWithIndustry[]): Industry[] {
  const byCode = new Map<string, Industry>();
  for (const set of productSets) if (set.industry && !byCode.has(set.industry.code)) byCode.set(set.industry.code, set.industry);
  return [...byCode.values()];
}
