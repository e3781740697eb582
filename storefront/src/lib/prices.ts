import type { ProductVariant } from "./types";

export type StartingPrice = {
  /** The lowest variant price, integer VND. */
  amount: number;
  /** True when variants differ in price, so the amount reads "từ …" (from). */
  varies: boolean;
};

/** The price a product card shows; null when no variant has a price in the current region. */
export function startingPrice(variants: readonly ProductVariant[] | null): StartingPrice | null {
  const amounts = (variants ?? []).flatMap((variant) =>
    variant.calculated_price ? [variant.calculated_price.calculated_amount] : [],
  );
  if (amounts.length === 0) return null;
  const lowest = Math.min(...amounts);
  return { amount: lowest, varies: amounts.some((amount) => amount !== lowest) };
}
