import assert from "node:assert/strict";
import { test } from "node:test";
import { canReturn, packsLeft, previewRefund, previewReturn, refundRequest, returnLines, returnRequest, stepReturn } from "./pos-returns";
import type { PosSale, PosSaleLine } from "./pos-types";

function line(id: string, quantity: number, total: number, returned = { quantity: 0, amount: 0 }): PosSaleLine {
  return {
    id,
    variant_id: `variant_${id}`,
    producer_id: "prod_1",
    producer_name: "HTX Tài Hoan",
    title: "Bánh dẻo",
    variant_title: null,
    gtin: null,
    quantity,
    unit_price: Math.ceil(total / quantity),
    line_discount: 0,
    line_discount_reason: null,
    order_discount_share: 0,
    total,
    returned_quantity: returned.quantity,
    returned_amount: returned.amount,
  };
}

function sale(lines: PosSaleLine[], overrides: Partial<PosSale> = {}): PosSale {
  const total = lines.reduce((sum, entry) => sum + entry.total, 0);
  return {
    id: "possale_1",
    idempotency_key: "key",
    status: "completed",
    shift_id: "posshift_1",
    customer_phone: null,
    subtotal: total,
    order_discount: 0,
    order_discount_reason: null,
    discount_total: 0,
    total,
    oversold: false,
    returned_total: 0,
    refunded_at: null,
    created_at: "2026-12-03T09:00:00.000Z",
    lines,
    payments: [{ method: "cash", amount: total, tendered: total, change: 0, status: "captured", reference: null, received_at: null, bank_transfer: null }],
    returns: [],
    ...overrides,
  };
}

test("the packs left on a line are those not brought back yet", () => {
  assert.equal(packsLeft(line("a", 3, 300_000, { quantity: 1, amount: 100_000 })), 2);
  assert.equal(canReturn(sale([line("a", 2, 200_000, { quantity: 2, amount: 200_000 })])), false);
  assert.equal(canReturn(sale([line("a", 2, 200_000)], { status: "refunded" })), false);
  assert.equal(canReturn(sale([line("a", 2, 200_000)])), true);
});

test("− and + keep a line's packs from 0 to what is left of it", () => {
  const bought = sale([line("a", 2, 200_000, { quantity: 1, amount: 100_000 }), line("b", 1, 50_000)]);
  let choice = stepReturn(bought, {}, "a", 1);
  assert.deepEqual(choice, { a: 1 });
  choice = stepReturn(bought, choice, "a", 1);
  assert.deepEqual(choice, { a: 1 }, "only one pack of line a is left");
  choice = stepReturn(bought, choice, "b", -1);
  assert.deepEqual(choice, { a: 1, b: 0 });
  assert.deepEqual(stepReturn(bought, choice, "unknown", 1), choice);
  assert.deepEqual(returnLines(bought, choice), [{ line_id: "a", quantity: 1 }]);
});

test("the cash paid back is the packs' share of the line, the đồng rounded down coming with the last pack", () => {
  const bought = sale([line("a", 3, 100_000)]);
  assert.deepEqual(previewReturn(bought, { a: 1 }), { packs: 1, linesAmount: 33_333, cash: 33_333 });
  assert.deepEqual(previewReturn(bought, {}), { packs: 0, linesAmount: 0, cash: 0 });
  const twoBack = sale([line("a", 3, 100_000, { quantity: 2, amount: 66_666 })], { returns: [{ id: "r", shift_id: "s", staff_id: "m", reason: "Hỏng", amount: 66_666, lines: [], created_at: "" }] });
  assert.deepEqual(previewReturn(twoBack, { a: 1 }), { packs: 1, linesAmount: 33_334, cash: 33_334 });
  assert.deepEqual(previewRefund(twoBack), { packs: 1, linesAmount: 33_334, cash: 33_334 });
});

test("a transfer not confirmed yet pays nothing back from the drawer", () => {
  const bought = sale([line("a", 2, 200_000)], {
    status: "awaiting_transfer",
    payments: [{ method: "vietqr", amount: 200_000, tendered: null, change: null, status: "pending", reference: "OCOP1", received_at: null, bank_transfer: null }],
  });
  assert.deepEqual(previewReturn(bought, { a: 1 }), { packs: 1, linesAmount: 100_000, cash: 0 });
});

test("the return's body needs a chosen pack and a reason, said in Vietnamese", () => {
  const bought = sale([line("a", 2, 200_000), line("b", 1, 50_000)]);
  const none = returnRequest(bought, "posshift_2", {}, "Hộp móp");
  assert.equal(none.ok, false);
  if (!none.ok) assert.match(none.message, /chọn số gói/);
  const noReason = returnRequest(bought, "posshift_2", { a: 1 }, "   ");
  assert.equal(noReason.ok, false);
  if (!noReason.ok) assert.match(noReason.message, /lý do/);
  assert.deepEqual(returnRequest(bought, "posshift_2", { a: 1, b: 0 }, " Hộp mo\u0301p "), {
    ok: true,
    body: { shift_id: "posshift_2", reason: "Hộp móp", lines: [{ line_id: "a", quantity: 1 }] },
  });
  assert.deepEqual(refundRequest(bought, "posshift_2", "Khách đổi ý"), { ok: true, body: { shift_id: "posshift_2", reason: "Khách đổi ý" } });
  const refunded = refundRequest(sale([line("a", 2, 200_000)], { status: "refunded" }), "posshift_2", "Khách đổi ý");
  assert.equal(refunded.ok, false);
});
