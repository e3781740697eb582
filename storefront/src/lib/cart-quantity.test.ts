import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_LINE_QUANTITY } from "@ocop/domain/cart-limits";
import { checkQuantity, LOW_STOCK_THRESHOLD, orderableQuantity, stockState } from "./cart-quantity";

test("a counted variant can be ordered up to its stock, an uncounted or backorderable one up to the line limit", () => {
  assert.equal(orderableQuantity({ manage_inventory: true, allow_backorder: false, inventory_quantity: 7 }), 7);
  assert.equal(orderableQuantity({ manage_inventory: true, allow_backorder: false, inventory_quantity: 500 }), MAX_LINE_QUANTITY);
  assert.equal(orderableQuantity({ manage_inventory: true, allow_backorder: false, inventory_quantity: -3 }), 0);
  assert.equal(orderableQuantity({ manage_inventory: false, inventory_quantity: 0 }), MAX_LINE_QUANTITY);
  assert.equal(orderableQuantity({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }), MAX_LINE_QUANTITY);
});

test("stock reads in stock, only N left at the threshold and below, or out of stock", () => {
  assert.deepEqual(stockState({ manage_inventory: true, inventory_quantity: LOW_STOCK_THRESHOLD + 1 }), { kind: "in_stock" });
  assert.deepEqual(stockState({ manage_inventory: true, inventory_quantity: LOW_STOCK_THRESHOLD }), {
    kind: "low",
    available: LOW_STOCK_THRESHOLD,
  });
  assert.deepEqual(stockState({ manage_inventory: true, inventory_quantity: 1 }), { kind: "low", available: 1 });
  assert.deepEqual(stockState({ manage_inventory: true, inventory_quantity: 0 }), { kind: "out_of_stock" });
  assert.deepEqual(stockState({ manage_inventory: false, inventory_quantity: 0 }), { kind: "in_stock" });
});

test("a quantity as typed is accepted when it is a whole number from 1 to what is left", () => {
  assert.deepEqual(checkQuantity(" 2 ", 5), { ok: true, quantity: 2 });
  assert.deepEqual(checkQuantity("5", 5), { ok: true, quantity: 5 });
  assert.deepEqual(checkQuantity("6", 5), { ok: false, problem: "too_large", max: 5 });
  assert.deepEqual(checkQuantity("0", 5), { ok: false, problem: "too_small", max: 5 });
  assert.deepEqual(checkQuantity("-1", 5), { ok: false, problem: "not_a_number", max: 5 });
  assert.deepEqual(checkQuantity("1.5", 5), { ok: false, problem: "not_a_number", max: 5 });
  assert.deepEqual(checkQuantity("hai", 5), { ok: false, problem: "not_a_number", max: 5 });
  assert.deepEqual(checkQuantity(null, 5), { ok: false, problem: "not_a_number", max: 5 });
  assert.deepEqual(checkQuantity("1", 0), { ok: false, problem: "out_of_stock", max: 0 });
});
