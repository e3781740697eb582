import type Medusa from "@medusajs/js-sdk";
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache";
import { type HandlePage, readHandles } from "./handle-pages";
import { STORE_API_TIMEOUT_MS } from "./medusa";
import type { Product, ProductListResponse } from "./types";

/** Prices in the region, stock per variant, and the metadata with the English texts and story. */
export const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+variants.variant_rank,+variants.created_at,+metadata";

/**
 * The packs in their ranked order, then as they were created: the store API lists them in no
 * fixed order (a pack whose price was just changed can move to the end), and the buy box
 * chooses the first.
 */
export function withPacksInOrder<T extends Pick<Product, "variants">>(product: T): T {
  const variants = product.variants?.toSorted(
    (a, b) =>
      (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || (a.created_at ?? "").localeCompare(b.created_at ?? "") || a.id.localeCompare(b.id),
  );
  return { ...product, variants: variants ?? null };
}

/** Lists for crawlers (the sitemap) may be an hour old. */
const CRAWLER_LIST_SECONDS = 3600;

/**
 * The handles of the published products from `offset`, at most `limit` of them, and how many there
 * are in all: for the sitemap, which must not hold every product of a large catalogue at once.
 */
export function listProductHandles(sdk: Medusa, range: { offset: number; limit: number }): Promise<HandlePage> {
  return readHandles(async (offset, limit) => {
    const { products, count } = await sdk.client.fetch<{ products: { handle: string }[]; count: number }>("/store/products", {
      query: { fields: "handle", order: "id", offset, limit },
      next: { revalidate: CRAWLER_LIST_SECONDS },
      signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
    });
    return { handles: products.map((product) => product.handle), count };
  }, range);
}

/** The product with this handle, or null when there is none (or it is not published). */
export async function getProductByHandle(sdk: Medusa, handle: string, regionId: string): Promise<Product | null> {
  const { products } = await sdk.client.fetch<ProductListResponse>("/store/products", {
    query: { region_id: regionId, handle, fields: PRODUCT_FIELDS, limit: 1 },
    next: { tags: [CACHE_TAGS.product(handle)], revalidate: REVALIDATE_SECONDS },
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  return products[0] ? withPacksInOrder(products[0]) : null;
}
