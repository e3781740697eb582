import assert from "node:assert/strict";
import { test } from "node:test";
import { addPack, approvalReasons, changeQuantity, customerPhone, EMPTY_CART, planPayment, priceCart, removeLine, saleRequest, setLineDiscount } from "./pos-cart";
import type { CounterPack } from "./pos-types";

const pack = (id: string, price: number, stock: number | null = 10): CounterPack => ({
  variant_id: id,
  product_id: `p_${id}`,
  title: `Sản phẩm ${id}`,
  variant_title: null,
  gtin: null,
  sku: null,
  thumbnail: null,
  producer: { id: "pr", name: "HTX Tài Hoan" },
  industry: null,
  price,
  manage_inventory: stock !== null,
  stock,
});

test("scanning a pack twice is one line of two; − never goes below one", () => {
  let cart = addPack(addPack(EMPTY_CART, pack("a", 35_000)), pack("a", 35_000));
  assert.equal(cart.lines.length, 1);
  assert.equal(cart.lines[0]?.quantity, 2);
  cart = changeQuantity(changeQuantity(cart, "a", -1), "a", -1);
  assert.equal(cart.lines[0]?.quantity, 1);
  assert.equal(removeLine(cart, "a").lines.length, 0);
});

test("an order discount is shared among the lines to the đồng", () => {
  const cart = { ...addPack(addPack(EMPTY_CART, pack("a", 35_000)), pack("b", 65_000)), orderDiscount: { amount: 10_001, reason: "Khách quen" } };
  const priced = priceCart(cart);
  assert.ok(priced.ok);
  if (!priced.ok) return;
  assert.equal(priced.sale.total, 89_999);
  assert.equal(priced.sale.lines.reduce((sum, line) => sum + line.total, 0), 89_999);
});

test("a discount without a reason, or above the line, is refused in Vietnamese", () => {
  const cart = addPack(EMPTY_CART, pack("a", 35_000));
  const noReason = priceCart(setLineDiscount(cart, "a", { amount: 1_000, reason: " " }));
  assert.equal(noReason.ok, false);
  assert.match(noReason.ok ? "" : noReason.message, /lý do/);
  const tooMuch = priceCart(setLineDiscount(cart, "a", { amount: 40_000, reason: "Hỏng hộp" }));
  assert.match(tooMuch.ok ? "" : tooMuch.message, /lớn hơn tiền dòng/);
});

test("beyond 10 % off or beyond stock a cashier needs the manager; a manager does not", () => {
  const cart = setLineDiscount(addPack(EMPTY_CART, pack("a", 100_000, 0)), "a", { amount: 10_001, reason: "Trưng bày" });
  const priced = priceCart(cart);
  assert.ok(priced.ok);
  if (!priced.ok) return;
  assert.equal(approvalReasons(cart, priced.sale, "cashier").length, 2);
  assert.deepEqual(approvalReasons(cart, priced.sale, "manager"), []);
  // Cut off from the backend, only the discount still waits for the manager.
  assert.deepEqual(approvalReasons(cart, priced.sale, "cashier", { offline: true }), [approvalReasons(cart, priced.sale, "cashier")[0]]);
  const within = setLineDiscount(addPack(EMPTY_CART, pack("a", 100_000)), "a", { amount: 10_000, reason: "Trưng bày" });
  const withinPriced = priceCart(within);
  assert.ok(withinPriced.ok && approvalReasons(within, withinPriced.sale, "cashier").length === 0);
});

test("cash gives change; too little cash says how much more; a split is VietQR plus cash", () => {
  assert.deepEqual(planPayment(135_000, "cash", 500_000, null), { ok: true, payments: [{ method: "cash", amount: 135_000, tendered: 500_000 }], change: 365_000, vietqr: 0 });
  const short = planPayment(135_000, "cash", 100_000, null);
  assert.match(short.ok ? "" : short.message, /cần thêm 35\.000/);
  assert.deepEqual(planPayment(135_000, "split", 100_000, 100_000), {
    ok: true,
    payments: [{ method: "cash", amount: 35_000, tendered: 100_000 }, { method: "vietqr", amount: 100_000 }],
    change: 65_000,
    vietqr: 100_000,
  });
  assert.equal(planPayment(135_000, "split", null, 135_000).ok, false);
  assert.deepEqual(planPayment(135_000, "vietqr", null, null), { ok: true, payments: [{ method: "vietqr", amount: 135_000 }], change: 0, vietqr: 135_000 });
});

test("the sale's body carries only what was given", () => {
  const cart = { ...addPack(EMPTY_CART, pack("a", 35_000)), orderDiscount: { amount: 0, reason: "" } };
  assert.deepEqual(saleRequest(cart, "shift_1", [{ method: "cash", amount: 35_000 }], null), {
    shift_id: "shift_1",
    lines: [{ variant_id: "a", quantity: 1 }],
    payments: [{ method: "cash", amount: 35_000 }],
  });
  assert.equal(saleRequest(cart, "shift_1", [{ method: "cash", amount: 35_000 }], null, "2026-12-03T09:15:00.000Z").sold_offline_at, "2026-12-03T09:15:00.000Z");
  assert.deepEqual(customerPhone("0912 345 678"), { ok: true, phone: "0912345678" });
  assert.equal(customerPhone("123").ok, false);
});
