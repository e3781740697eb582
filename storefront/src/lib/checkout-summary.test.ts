import assert from "node:assert/strict";
import { test } from "node:test";
import { summaryTotals } from "./checkout-summary";

const OPTIONS = [
  { id: "standard", amount: 30_000 },
  { id: "express", amount: 55_000 },
  { id: "pickup", amount: 0 },
];
// Two packs of 30.000 ₫ with express chosen before: what the buyer found, 55.000 ₫ shipping and 115.000 ₫ in all.
const EXPRESS_CART = { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 0, shippingTotal: 55_000, total: 115_000, deliveryKind: "express" };

test("choosing free pickup on a cart that holds express shows no shipping and the items alone, before anything is saved", () => {
  assert.deepEqual(summaryTotals(EXPRESS_CART, OPTIONS, "pickup"), { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 0, shipping: 0, total: 60_000 });
  assert.deepEqual(summaryTotals(EXPRESS_CART, OPTIONS, "standard"), { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 0, shipping: 30_000, total: 90_000 });
});

test("the option the cart already holds shows the backend's own totals", () => {
  const cart = { ...EXPRESS_CART, total: 115_001 };
  assert.deepEqual(summaryTotals(cart, OPTIONS, "express"), { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 0, shipping: 55_000, total: 115_001 });
});

test("a cart with no shipping yet adds the chosen option's price, and says not chosen until one is", () => {
  const cart = { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 0, shippingTotal: 0, total: 60_000, deliveryKind: null };
  assert.deepEqual(summaryTotals(cart, OPTIONS, ""), { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 0, shipping: null, total: 60_000 });
  assert.deepEqual(summaryTotals(cart, OPTIONS, "express"), { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 0, shipping: 55_000, total: 115_000 });
});

test("an option no longer offered counts as none chosen, and tax stays as the backend computed it", () => {
  const taxed = { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 6_000, shippingTotal: 30_000, total: 96_000, deliveryKind: "standard" };
  assert.deepEqual(summaryTotals(taxed, OPTIONS, "drone"), { itemSubtotal: 60_000, discountTotal: 0, taxTotal: 6_000, shipping: null, total: 66_000 });
});

test("every amount stays a whole number of đồng", () => {
  for (const chosen of ["", "standard", "express", "pickup"]) {
    const totals = summaryTotals(EXPRESS_CART, OPTIONS, chosen);
    for (const amount of [totals.itemSubtotal, totals.discountTotal, totals.taxTotal, totals.shipping ?? 0, totals.total]) assert.ok(Number.isInteger(amount), `${chosen}: ${amount}`);
  }
});

test("a campaign's discount stays in the totals whatever the shipping chosen, and the total has it taken off once", () => {
  // 2 × 60.000 ₫ at 10 % off, express delivery chosen.
  const discounted = { itemSubtotal: 120_000, discountTotal: 12_000, taxTotal: 0, shippingTotal: 55_000, total: 163_000, deliveryKind: "express" };
  assert.deepEqual(summaryTotals(discounted, OPTIONS, "express"), { itemSubtotal: 120_000, discountTotal: 12_000, taxTotal: 0, shipping: 55_000, total: 163_000 });
  assert.deepEqual(summaryTotals(discounted, OPTIONS, "standard"), { itemSubtotal: 120_000, discountTotal: 12_000, taxTotal: 0, shipping: 30_000, total: 138_000 });
  assert.deepEqual(summaryTotals(discounted, OPTIONS, "pickup"), { itemSubtotal: 120_000, discountTotal: 12_000, taxTotal: 0, shipping: 0, total: 108_000 });
});
