// A placed order as its confirmation page shows it. The store API serves it only to its buyer: the
// account signed in, or a guest's browser with the order's access token (lib/order-access.ts).
import type { HttpTypes } from "@medusajs/types";
import type { OrderAccess } from "./order-access";
import { isRefusal, type StoreClient } from "./store-api";

export type Order = HttpTypes.StoreOrder;

// Each producer's parcel with its tracking number (on its label) and the lines it holds (modules/order/order-parcels.tsx).
const ORDER_FIELDS = "*payment_collections.payment_sessions,+payment_status,+fulfillment_status,*fulfillments,*fulfillments.labels,*fulfillments.items";

/** The order, or null when there is none or it is not this buyer's: the backend tells the two apart to no one. */
export async function getOrder(medusa: StoreClient, orderId: string, access: OrderAccess): Promise<Order | null> {
  try {
    const { order } = await medusa.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: ORDER_FIELDS },
      ...access,
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
