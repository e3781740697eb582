// How many of a variant a buyer may put in the cart, and what the shop says about its stock.
// Pure functions: the buy box, the cart page and the server actions all decide the same way.
import { MAX_LINE_QUANTITY } from "@ocop/domain/cart-limits";
import type { ProductVariant } from "./types";

/** At or below this many left, the shop says "only N left" instead of "in stock". */
export const LOW_STOCK_THRESHOLD = 10;

export type StockState = { kind: "in_stock" } | { kind: "low"; available: number } | { kind: "out_of_stock" };

type StockFields = Pick<ProductVariant, "manage_inventory" | "allow_backorder" | "inventory_quantity">;

/** The most a buyer may order of this variant: its stock, or the line limit when stock is not counted. */
export function orderableQuantity(variant: StockFields): number {
  if (variant.manage_inventory === false || variant.allow_backorder === true) return MAX_LINE_QUANTITY;
  return Math.max(0, Math.min(MAX_LINE_QUANTITY, Math.floor(variant.inventory_quantity ?? 0)));
}

export function stockState(variant: StockFields): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder === true) return { kind: "in_stock" };
  const available = Math.max(0, Math.floor(variant.inventory_quantity ?? 0));
  if (available === 0) return { kind: "out_of_stock" };
  if (available <= LOW_STOCK_THRESHOLD) return { kind: "low", available };
  return { kind: "in_stock" };
}

export type QuantityProblem = "not_a_number" | "too_small" | "too_large" | "out_of_stock";

export type QuantityCheck = { ok: true; quantity: number } | { ok: false; problem: QuantityProblem; max: number };

/**
 * Reads a quantity as typed ("2", " 3 ") and checks it against what may be ordered.
 * `max` is orderableQuantity() minus what the cart already holds of the variant.
 */
export function checkQuantity(raw: unknown, max: number): QuantityCheck {
  const limit = Math.max(0, max);
  if (limit === 0) return { ok: false, problem: "out_of_stock", max: 0 };
  const text = typeof raw === "string" ? raw.trim() : "";
  if (!/^\d+$/.test(text)) return { ok: false, problem: "not_a_number", max: limit };
  const quantity = Number(text);
  if (quantity < 1) return { ok: false, problem: "too_small", max: limit };
  if (quantity > limit) return { ok: false, problem: "too_large", max: limit };
  return { ok: true, quantity };
}
