// A placed order as its confirmation page shows it. The store API serves an order to whoever
// knows its id (an unguessable ULID), which the checkout hands only to the buyer who placed it.
import type Medusa from "@medusajs/js-sdk";
import { FetchError } from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";
import { STORE_API_TIMEOUT_MS } from "./medusa";

export type Order = HttpTypes.StoreOrder;

const ORDER_FIELDS = "*payment_collections.payment_sessions,+payment_status,+fulfillment_status";

export async function getOrder(sdk: Medusa, orderId: string, headers: Record<string, string> = {}): Promise<Order | null> {
  try {
    const { order } = await sdk.client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: ORDER_FIELDS },
      headers,
      cache: "no-store",
      signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
    });
    return order;
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/** The provider the buyer chose to pay with, e.g. "pp_cod_cod". */
export function orderPaymentProvider(order: Pick<Order, "payment_collections">): string | null {
  return order.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id ?? null;
}
