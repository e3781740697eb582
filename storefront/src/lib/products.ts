// Products as the store API sends them, turned into what every page shows: the packs in order and
// the OCOP view (producer, badge, certificate) presented by the one rule of @ocop/domain/product.
// Server only: presenting a producer reads the 2025 units.
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import { OCOP_STORE_FIELDS, presentOcopProduct, type RawProduct as OcopRecords } from "@ocop/domain/product";
import { todayInVietnam } from "@ocop/domain/vietnam-date";
import { type HandlePage, readHandles } from "./handle-pages";
import type { StoreClient } from "./store-api";
import type { Product, StoreProduct } from "./types";

/**
 * Prices in the region, stock per variant, the metadata with the English texts and story, and
 * the OCOP links (producer, certificates, product set): the store API sends only Medusa's own
 * fields unless it is asked for the linked ones.
 */
export const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.variant_rank",
  "+variants.created_at",
  "+metadata",
  ...OCOP_STORE_FIELDS,
].join(",");

/** A product as the store API sends it for PRODUCT_FIELDS: its own fields and the linked OCOP records. */
export type RawProduct = StoreProduct & Pick<OcopRecords, "producer" | "certificates" | "product_set">;

export type ProductListResponse = { products: RawProduct[]; count: number };

/** The product with its packs in order and its OCOP standing as of today in Vietnam. */
export function presentProduct(product: RawProduct, today = todayInVietnam()): Product {
  return withPacksInOrder(presentOcopProduct(product, today));
}

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
export function listProductHandles(medusa: StoreClient, range: { offset: number; limit: number }): Promise<HandlePage> {
  return readHandles(async (offset, limit) => {
    const { products, count } = await medusa.fetch<{ products: { handle: string }[]; count: number }>("/store/products", {
      query: { fields: "handle", order: "id", offset, limit },
      cache: { revalidate: CRAWLER_LIST_SECONDS },
    });
    return { handles: products.map((product) => product.handle), count };
  }, range);
}

/** The product with this handle, or null when there is none (or it is not published). */
export async function getProductByHandle(medusa: StoreClient, handle: string, regionId: string): Promise<Product | null> {
  const { products } = await medusa.fetch<ProductListResponse>("/store/products", {
    query: { region_id: regionId, handle, fields: PRODUCT_FIELDS, limit: 1 },
    cache: { tags: [CACHE_TAGS.product(handle)] },
  });
  return products[0] ? presentProduct(products[0]) : null;
}
