import type Medusa from "@medusajs/js-sdk";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import type { Product, ProductListResponse } from "./types";

export const PRODUCTS_TAG = "products";

/** The whole published catalogue priced in one region (the sample catalogue fits in one page). */
export async function listProducts(sdk: Medusa, regionId: string): Promise<Product[]> {
  const { products } = await sdk.client.fetch<ProductListResponse>("/store/products", {
    query: { region_id: regionId, limit: 100, fields: "*variants.calculated_price,+metadata" },
    next: { tags: [PRODUCTS_TAG], revalidate: 60 },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return products;
}
