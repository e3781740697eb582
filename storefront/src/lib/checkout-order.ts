// A placed order as its confirmation page shows it. The store API serves an order to whoever
// knows its id (an unguessable ULID), which the checkout hands only to the buyer who placed it.
import type { HttpTypes } from "@medusajs/types";
import { isRefusal, type StoreClient } from "./store-api";

export type Order = HttpTypes.StoreOrder;

const ORDER_FIELDS = "*payment_collections.payment_sessions,+payment_status,+fulfillment_status";

export async function getOrder(medusa: StoreClient, orderId: string): Promise<Order | null> {
  try {
    const { order } = await medusa.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: ORDER_FIELDS },
    });
    return order;
  } catch (error) {
    // A malformed id is refused (400) rather than not found.
    if (isRefusal(error, 404) || isRefusal(error, 400)) return null;
    throw error;
  }
}

/** The provider the buyer chose to pay with, e.g. "pp_cod_cod". */
export function orderPaymentProvider(order: Pick<Order, "payment_collections">): string | null {
  return order.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id ?? null;
}
