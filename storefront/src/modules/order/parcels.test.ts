import assert from "node:assert/strict";
import { test } from "node:test";
import { PARCEL_STATES } from "@ocop/domain/parcels";
import en from "../../../messages/en.json" with { type: "json" };
import vi from "../../../messages/vi.json" with { type: "json" };
import type { Order } from "@/lib/checkout-order";
import { parcelsOfOrder } from "./parcels";

const fulfillment = (id: string, lineId: string, dates: Record<string, string | null>, extra: Record<string, unknown> = {}) =>
  ({ id, packed_at: "2026-05-01T08:00:00Z", shipped_at: null, delivered_at: null, canceled_at: null, items: [{ line_item_id: lineId }], ...dates, ...extra }) as unknown as NonNullable<Order["fulfillments"]>[number];

test("lists each producer's parcel with its state, and the carrier and tracking number once shipped; not a cancelled one", () => {
  const order = {
    items: [
      { id: "line_rice", product_id: "prod_rice" },
      { id: "line_cakes", product_id: "prod_cakes" },
    ],
    fulfillments: [
      fulfillment("ful_rice", "line_rice", { shipped_at: "2026-05-01T10:00:00Z" }, { metadata: { carrier: "Viettel Post" }, labels: [{ tracking_number: "VTP 0123" }] }),
      fulfillment("ful_cakes", "line_cakes", {}),
      fulfillment("ful_old", "line_cakes", { canceled_at: "2026-05-01T09:00:00Z" }),
    ],
  } as unknown as Pick<Order, "fulfillments" | "items">;
  const products = new Map([
    ["prod_rice", { producer: { name: "HTX Gạo Hải Hậu" } }],
    ["prod_cakes", { producer: null }],
  ]) as unknown as Parameters<typeof parcelsOfOrder>[1];

  assert.deepEqual(parcelsOfOrder(order, products), [
    { id: "ful_rice", state: "shipped", producerName: "HTX Gạo Hải Hậu", carrier: "Viettel Post", trackingNumber: "VTP 0123", at: "2026-05-01T10:00:00Z" },
    { id: "ful_cakes", state: "packed", producerName: null, carrier: null, trackingNumber: null, at: "2026-05-01T08:00:00Z" },
  ]);
  assert.deepEqual(parcelsOfOrder({ items: [], fulfillments: undefined } as unknown as Pick<Order, "fulfillments" | "items">, products), []);
});

test("every parcel state has its words in Vietnamese and English", () => {
  for (const messages of [vi, en]) assert.deepEqual(Object.keys(messages.Order.parcels.state).toSorted(), [...PARCEL_STATES].toSorted());
});
