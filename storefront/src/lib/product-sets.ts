import type Medusa from "@medusajs/js-sdk";
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import type { Industry, ProductSetListResponse, ProductSetWithIndustry } from "./types";

/** The 26 product sets of Decision 148/QĐ-TTg with their industries, in the decision's order. */
export async function listProductSets(sdk: Medusa): Promise<ProductSetWithIndustry[]> {
  const { product_sets } = await sdk.client.fetch<ProductSetListResponse>("/store/product-sets", {
    next: { tags: [CACHE_TAGS.productSets], revalidate: REVALIDATE_SECONDS },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return product_sets;
}

/** The six industries, in the order their first product set appears. */
export function industriesOf(productSets: readonly ProductSetWithIndustry[]): Industry[] {
  const byCode = new Map<string, Industry>();
  for (const set of productSets) if (set.industry && !byCode.has(set.industry.code)) byCode.set(set.industry.code, set.industry);
  return [...byCode.values()];
}
