import assert from "node:assert/strict";
import { test } from "node:test";
import type { HttpTypes, OrderStatus } from "@medusajs/types";
import en from "../../../messages/en.json" with { type: "json" };
import vi from "../../../messages/vi.json" with { type: "json" };
import { FULFILLMENT_STATUSES, ORDER_STATUSES, PAYMENT_STATUSES } from "@/lib/customer";

// Compile-time: the lists hold exactly Medusa's statuses, so a new one cannot go unlabelled.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const orderStatusesMatch: Same<(typeof ORDER_STATUSES)[number], OrderStatus> = true;
const paymentStatusesMatch: Same<(typeof PAYMENT_STATUSES)[number], HttpTypes.StoreOrder["payment_status"]> = true;
const fulfillmentStatusesMatch: Same<(typeof FULFILLMENT_STATUSES)[number], HttpTypes.StoreOrder["fulfillment_status"]> = true;

test("every order, payment and fulfillment status of Medusa has a label in Vietnamese and English", () => {
  assert.ok(orderStatusesMatch && paymentStatusesMatch && fulfillmentStatusesMatch);
  for (const messages of [vi, en]) {
    const { orderStatus, paymentStatus, fulfillmentStatus } = messages.Account;
    assert.deepEqual(Object.keys(orderStatus).toSorted(), [...ORDER_STATUSES].toSorted());
    assert.deepEqual(Object.keys(paymentStatus).toSorted(), [...PAYMENT_STATUSES].toSorted());
    assert.deepEqual(Object.keys(fulfillmentStatus).toSorted(), [...FULFILLMENT_STATUSES].toSorted());
  }
  assert.equal(vi.Account.paymentStatus.awaiting, "Chờ thanh toán");
  assert.equal(vi.Account.fulfillmentStatus.shipped, "Đang giao");
});
