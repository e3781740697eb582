// Each producer's parcel of an order as the buyer's order page lists it: whose it is, how far it
// has come, and the carrier and tracking number once shipped. Cancelled parcels are left out.
import { type ParcelState, parcelState, parcelTracking } from "@ocop/domain/parcels";
import type { Order } from "@/lib/checkout-order";
import type { Product } from "@/lib/types";

/** A fulfillment as the store API gives it with `*fulfillments.labels,*fulfillments.items`, which its type does not name. */
type Fulfillment = NonNullable<Order["fulfillments"]>[number] & {
  metadata?: Record<string, unknown> | null;
  labels?: ({ tracking_number?: string | null } | null)[] | null;
  items?: ({ line_item_id?: string | null } | null)[] | null;
};

export type OrderParcel = {
  id: string;
  state: ParcelState;
  producerName: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  /** When it reached its state. */
  at: string | Date | null;
};

export function parcelsOfOrder(order: Pick<Order, "fulfillments" | "items">, products: ReadonlyMap<string, Pick<Product, "producer">>): OrderParcel[] {
  const productOfLine = new Map((order.items ?? []).map((item) => [item.id, products.get(item.product_id ?? "")]));
  return ((order.fulfillments ?? []) as Fulfillment[]).flatMap((fulfillment) => {
    const state = parcelState(fulfillment);
    if (state === "canceled") return [];
    const { carrier, tracking_number } = parcelTracking(fulfillment);
    const producer = (fulfillment.items ?? []).map((item) => productOfLine.get(item?.line_item_id ?? "")?.producer).find(Boolean);
    const at = state === "delivered" ? fulfillment.delivered_at : state === "shipped" ? fulfillment.shipped_at : fulfillment.packed_at;
    return [{ id: fulfillment.id, state, producerName: producer?.name ?? null, carrier, trackingNumber: tracking_number, at: at ?? null }];
  });
}
