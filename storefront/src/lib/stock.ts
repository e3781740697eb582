import type { Product } from "./types";

/** A product can be bought when one of its variants is untracked, backorderable or has stock left. */
export function inStock(product: Pick<Product, "variants">): boolean {
  return (product.variants ?? []).some(
    (variant) =>
      variant.manage_inventory === false || variant.allow_backorder === true || (variant.inventory_quantity ?? 0) > 0,
  );
}
