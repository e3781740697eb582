import assert from "node:assert/strict";
import { test } from "node:test";
import { startingPrice } from "./prices";
import type { ProductVariant } from "./types";

function variant(amount: number | null): ProductVariant {
  return {
    id: `variant_${amount}`,
    title: null,
    sku: null,
    ean: null,
    calculated_price: amount === null ? null : { calculated_amount: amount, currency_code: "vnd" },
  };
}

test("a product with one price shows that price", () => {
  assert.deepEqual(startingPrice([variant(125000)]), { amount: 125000, varies: false });
});

test("a product whose variants differ shows 'from' the lowest", () => {
  assert.deepEqual(startingPrice([variant(150000), variant(85000), variant(120000)]), {
    amount: 85000,
    varies: true,
  });
});

test("variants at the same price are not a range", () => {
  assert.deepEqual(startingPrice([variant(90000), variant(90000)]), { amount: 90000, varies: false });
});

test("variants without a price in the region are skipped; none at all means no price", () => {
  assert.deepEqual(startingPrice([variant(null), variant(70000)]), { amount: 70000, varies: false });
  assert.equal(startingPrice([variant(null)]), null);
  assert.equal(startingPrice(null), null);
});
