import type Medusa from "@medusajs/js-sdk";
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import type { Product, ProductListResponse } from "./types";

/** Prices in the region, stock per variant, and the metadata with the English texts and story. */
export const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+metadata";

/** The store API's largest page. */
const PAGE_LIMIT = 100;

export type ProductListOptions = {
  regionId: string;
  /** Filters Medusa applies itself. */
  ids?: readonly string[];
  q?: string;
  /** e.g. "-created_at" */
  order?: string;
  limit?: number;
  offset?: number;
};

export async function listProducts(sdk: Medusa, options: ProductListOptions): Promise<ProductListResponse> {
  const { regionId, ids, q, order, limit = PAGE_LIMIT, offset = 0 } = options;
  return sdk.client.fetch<ProductListResponse>("/store/products", {
    query: {
      region_id: regionId,
      fields: PRODUCT_FIELDS,
      limit,
      offset,
      ...(ids ? { id: ids } : {}),
      ...(q ? { q } : {}),
      ...(order ? { order } : {}),
    },
    next: { tags: [CACHE_TAGS.products], revalidate: REVALIDATE_SECONDS },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
}

/** Every published product priced in the region, page after page. */
export async function listAllProducts(sdk: Medusa, regionId: string): Promise<Product[]> {
  const products: Product[] = [];
  for (;;) {
    const page = await listProducts(sdk, { regionId, offset: products.length });
    products.push(...page.products);
    if (page.products.length === 0 || products.length >= page.count) return products;
  }
}

/** The product with this handle, or null when there is none (or it is not published). */
export async function getProductByHandle(sdk: Medusa, handle: string, regionId: string): Promise<Product | null> {
  const { products } = await sdk.client.fetch<ProductListResponse>("/store/products", {
    query: { region_id: regionId, handle, fields: PRODUCT_FIELDS, limit: 1 },
    next: { tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)], revalidate: REVALIDATE_SECONDS },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return products[0] ?? null;
}
