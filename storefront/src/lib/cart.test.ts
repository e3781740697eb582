import assert from "node:assert/strict";
import { test } from "node:test";
import { cartItemCount, lineStock, quantityInCart } from "./cart";
import type { Product } from "./types";

type Line = { id: string; variant_id: string; product_id: string; quantity: number };

function cart(lines: Line[]) {
  return { items: lines } as never;
}

function product(id: string, variants: { id: string; inventory_quantity: number }[]): Pick<Product, "id" | "variants"> {
  return {
    id,
    variants: variants.map((variant) => ({
      ...variant,
      title: null,
      sku: null,
      ean: null,
      calculated_price: null,
      manage_inventory: true,
      allow_backorder: false,
    })),
  };
}

test("the header counts packs, not lines", () => {
  assert.equal(cartItemCount(null), 0);
  assert.equal(cartItemCount({ items: [{ quantity: 2 }, { quantity: 3 }] }), 5);
  assert.equal(quantityInCart({ items: [{ variant_id: "a", quantity: 2 }, { variant_id: "b", quantity: 1 }] }, "a"), 2);
});

test("each line may hold what is in stock, and a line holding more is flagged before checkout", () => {
  const products = new Map([["p1", product("p1", [{ id: "v1", inventory_quantity: 5 }, { id: "v2", inventory_quantity: 0 }])]]);
  const stock = lineStock(
    cart([
      { id: "l1", variant_id: "v1", product_id: "p1", quantity: 2 },
      { id: "l2", variant_id: "v2", product_id: "p1", quantity: 1 },
      { id: "l3", variant_id: "gone", product_id: "p9", quantity: 1 },
    ]),
    products,
  );
  assert.deepEqual(stock.get("l1"), { max: 5, exceedsStock: false, state: { kind: "low", available: 5 } });
  assert.deepEqual(stock.get("l2"), { max: 0, exceedsStock: true, state: { kind: "out_of_stock" } });
  assert.deepEqual(stock.get("l3"), { max: 0, exceedsStock: true, state: { kind: "out_of_stock" } });
});
