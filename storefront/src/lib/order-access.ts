// What a read of a placed order sends, so the backend shows it only to its buyer: the signed-in
// customer's session, and for a guest's order the access token the backend handed over when this
// browser's checkout completed the cart. The tokens live in one httpOnly cookie, the newest
// KEPT_ORDERS of them, rather than one cookie per order: its size stays bounded however many orders
// a buyer places (every request to the shop carries it), and each order's page, in both languages,
// and its payment route read it at path "/". It needs no signature of its own: each token is the
// backend's HMAC of the order id, checked there, so changing the cookie can only lose an order.
// Server only (it reads cookies).
import { ORDER_ACCESS_HEADER } from "@ocop/domain/order-access";
import { cookies } from "next/headers";
import { getCartId } from "./cart";
import { sessionToken } from "./customer";
import { describeError, type StoreClient, type StoreRequest } from "./store-api";

export const ORDER_ACCESS_COOKIE = "ocop_orders";

/** How many of a browser's newest guest orders stay open to it. */
export const KEPT_ORDERS = 20;

/** A month from the latest order: long enough to follow the parcel to the door. */
const ORDER_ACCESS_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

/** Characters encodeURIComponent leaves as they are, so the cookie stays as short as written. */
const ENTRY_SEPARATOR = "~";
const ENTRY = /^([A-Za-z0-9_]+)\.([A-Za-z0-9_-]+)$/;

/** The credentials a read of an order carries, spread into the store API call. */
export type OrderAccess = Pick<StoreRequest, "token" | "headers">;

/** The order tokens a cookie's value holds, newest first; anything malformed is left out. */
export function readOrderTokens(value: string | undefined): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const entry of (value ?? "").split(ENTRY_SEPARATOR)) {
    const [, orderId, token] = ENTRY.exec(entry) ?? [];
    if (orderId && token && !tokens.has(orderId)) tokens.set(orderId, token);
  }
  return tokens;
}

/** The cookie's value with this order's token first, keeping the newest KEPT_ORDERS. */
export function withOrderToken(value: string | undefined, orderId: string, token: string): string {
  const others = [...readOrderTokens(value)].filter(([id]) => id !== orderId);
  return [[orderId, token], ...others]
    .slice(0, KEPT_ORDERS)
    .map(([id, kept]) => `${id}.${kept}`)
    .join(ENTRY_SEPARATOR);
}

/** The session, and this browser's token for the order if it has one. */
export async function orderAccess(orderId: string): Promise<OrderAccess> {
  const [jar, token] = await Promise.all([cookies(), sessionToken()]);
  const accessToken = readOrderTokens(jar.get(ORDER_ACCESS_COOKIE)?.value).get(orderId);
  return { token, headers: accessToken ? { [ORDER_ACCESS_HEADER]: accessToken } : undefined };
}

/**
 * Right after the checkout placed `orderId` from this browser's cart: asks the backend for the
 * order's token and keeps it. An account's order has none (its session opens it). Only server
 * actions may call it, and before the cart's cookie is cleared. The order stands whatever happens
 * here, so a failure is logged, not thrown: the buyer still gets the confirmation's address.
 */
export async function keepOrderAccess(medusa: StoreClient, orderId: string): Promise<void> {
  const [cartId, token] = await Promise.all([getCartId(), sessionToken()]);
  if (!cartId) return;
  let access: { order_id: string; order_access_token: string | null };
  try {
    access = await medusa.fetch(`/store/carts/${encodeURIComponent(cartId)}/order-access`, { token });
  } catch (error) {
    console.error(`[order access] order ${orderId} is placed, but its page will not open to this guest: ${describeError(error)}`);
    return;
  }
  if (access.order_id !== orderId || !access.order_access_token) return;
  const jar = await cookies();
  jar.set(ORDER_ACCESS_COOKIE, withOrderToken(jar.get(ORDER_ACCESS_COOKIE)?.value, orderId, access.order_access_token), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: ORDER_ACCESS_MAX_AGE_SECONDS,
  });
}

/** At sign-out: the guest orders placed in this browser no longer open to whoever uses it next. */
export async function forgetGuestOrders(): Promise<void> {
  (await cookies()).delete(ORDER_ACCESS_COOKIE);
}
