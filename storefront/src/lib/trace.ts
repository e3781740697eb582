// The trace page's code: the GTIN-13 printed under each pack's barcode. It is already on the package
// (the seed and producers give every pack size one), is 13 digits (a small QR code as /t/<code>), and
// never changes while the pack is sold, so a printed label keeps working.
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import { isGtin13 } from "@ocop/domain/gtin";
import { PRODUCT_FIELDS, type ProductListResponse, presentProduct } from "./products";
import type { StoreClient } from "./store-api";
import type { Product, ProductVariant } from "./types";

/** The trace code of a product: its first pack size with a valid GTIN-13, or null. */
export function traceCodeOf(product: Pick<Product, "variants">): string | null {
  return (product.variants ?? []).find((variant) => variant.ean && isGtin13(variant.ean))?.ean ?? null;
}

/** The pack size a code names, for the trace page to say which package was scanned. */
export function variantOfTraceCode(product: Pick<Product, "variants">, code: string): ProductVariant | null {
  return (product.variants ?? []).find((variant) => variant.ean === code) ?? null;
}

/**
 * The published product with a pack of this GTIN-13, or null; a malformed code never reaches the
 * backend. Its OCOP standing is presented as of `today`, the day the page says it checked.
 */
export async function findProductByTraceCode(medusa: StoreClient, code: string, regionId: string, today: string): Promise<Product | null> {
  if (!isGtin13(code)) return null;
  const { products } = await medusa.fetch<ProductListResponse>("/store/products", {
    query: { region_id: regionId, fields: PRODUCT_FIELDS, variants: { ean: code }, limit: 1 },
    cache: { tags: [CACHE_TAGS.products] },
  });
  return products[0] ? presentProduct(products[0], today) : null;
}
