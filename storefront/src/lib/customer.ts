// The signed-in buyer: Medusa's customer JWT kept in an httpOnly cookie, and every store API call
// made on the buyer's behalf. The token travels as a header per request, never through the
// js-sdk's own auth state, which on the server is shared by every request.
import type Medusa from "@medusajs/js-sdk";
import { cookies } from "next/headers";
import { cache } from "react";
import { getMedusa, STORE_API_TIMEOUT_MS } from "./medusa";

export const SESSION_COOKIE = "ocop_customer";

export type CustomerAddress = {
  id: string;
  address_name: string | null;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  province: string | null;
  postal_code: string | null;
  country_code: string | null;
  is_default_shipping: boolean;
  is_default_billing: boolean;
  metadata: Record<string, unknown> | null;
};

export type Customer = {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  addresses: CustomerAddress[];
};

/** What an address form sends to Medusa: any of the address's fields but its id. */
export type AddressInput = Partial<Omit<CustomerAddress, "id">>;

/** Medusa's order, payment and fulfillment statuses, each shown to the buyer in their own words. */
export const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const;
export const PAYMENT_STATUSES = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
] as const;
export const FULFILLMENT_STATUSES = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];

export type OrderSummary = {
  id: string;
  display_id: number;
  created_at: string;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfillment_status: FulfillmentStatus;
  currency_code: string;
  /** Integer VND. */
  total: number;
  items: { id: string; title: string; product_title: string | null; quantity: number }[] | null;
};

/**
 * A person's name as Vietnamese write it, family name first: the customer "Lan" / "Nguyễn" is
 * "Nguyễn Lan". Addresses keep the whole name in first_name, which this leaves as it is.
 */
export function fullName(person: { first_name?: string | null; last_name?: string | null }): string {
  return [person.last_name, person.first_name].filter(Boolean).join(" ");
}

/** Why a sign-in or registration did not go through; each has its own sentence for the buyer. */
export type AuthFailure = "wrong_credentials" | "email_taken" | "unavailable";
export type AuthResult = { ok: true; token: string } | { ok: false; reason: AuthFailure };

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses";
const ORDER_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,currency_code,total,items.id,items.title,items.product_title,items.quantity";

// ---------------------------------------------------------------------------------------------
// The session cookie

/** The buyer's JWT, or undefined for a guest. */
async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
}

/** The Authorization header of the signed-in buyer, empty for a guest: for checkout's own calls. */
export async function getAuthHeaders(): Promise<Record<string, string>> {
  const token = await sessionToken();
  return token ? bearer(token) : {};
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** Only from a server action or route handler: stores the token for as long as it is valid. */
export async function startSession(token: string): Promise<void> {
  const expiresAt = tokenExpiry(token);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    ...(expiresAt ? { expires: expiresAt } : {}),
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** The JWT's own expiry, so the cookie does not outlive a token the backend would refuse. */
export function tokenExpiry(token: string): Date | undefined {
  const exp = tokenClaims(token)?.exp;
  return typeof exp === "number" ? new Date(exp * 1000) : undefined;
}

/**
 * The token's claims, read without checking the signature: the storefront only uses them to
 * know whether a token already names a customer; the backend verifies every token it receives.
 */
export function tokenClaims(token: string): { actor_id?: string; exp?: number } | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Who is signed in

export type CustomerState = { status: "signed_in"; customer: Customer } | { status: "guest" } | { status: "unavailable" };

/**
 * The buyer of this request, read once per request. A token the backend refuses (expired,
 * signed with another secret) makes a guest: the buyer signs in again.
 */
export const loadCustomer = cache(async (): Promise<CustomerState> => {
  const token = await sessionToken();
  if (!token) return { status: "guest" };
  const sdk = await getMedusa();
  if (!sdk) return { status: "unavailable" };
  try {
    return { status: "signed_in", customer: await retrieveCustomer(sdk, token) };
  } catch (error) {
    if (isUnauthorized(error)) return { status: "guest" };
    console.error(`[customer] the store API request failed: ${describe(error)}`);
    return { status: "unavailable" };
  }
});

/** The signed-in customer with their saved addresses; null for a guest or when the backend cannot say. */
export async function getCustomer(): Promise<Customer | null> {
  const state = await loadCustomer();
  return state.status === "signed_in" ? state.customer : null;
}

export async function retrieveCustomer(sdk: Medusa, token: string): Promise<Customer> {
  const { customer } = await sdk.client.fetch<{ customer: Customer }>("/store/customers/me", {
    query: { fields: CUSTOMER_FIELDS },
    ...personal(token),
  });
  return customer;
}

// ---------------------------------------------------------------------------------------------
// Signing in and registering

export async function authenticate(sdk: Medusa, email: string, password: string): Promise<AuthResult> {
  try {
    const { token } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      ...noStore(),
    });
    return { ok: true, token };
  } catch (error) {
    return { ok: false, reason: isUnauthorized(error) ? "wrong_credentials" : unavailable(error) };
  }
}

export type Registration = { email: string; password: string; first_name: string; last_name: string; phone: string };

/**
 * Creates the login, then the customer on it (a guest who checked out before keeps their orders:
 * Medusa turns that guest into the account), then signs in, since only the sign-in token names
 * the customer.
 */
export async function register(sdk: Medusa, registration: Registration): Promise<AuthResult> {
  const { email, password, ...profile } = registration;
  let registrationToken: string;
  try {
    ({ token: registrationToken } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email, password },
      ...noStore(),
    }));
  } catch (error) {
    // Medusa answers 401 "Identity with email already exists" when the email has a login.
    return { ok: false, reason: isUnauthorized(error) ? "email_taken" : unavailable(error) };
  }

  // Medusa hands back the existing login when the same email and password registered before
  // but the customer was never created (the backend stopped in between): finish that one.
  if (!tokenClaims(registrationToken)?.actor_id) {
    try {
      await sdk.client.fetch("/store/customers", {
        method: "POST",
        body: { email, ...profile },
        ...personal(registrationToken),
      });
    } catch (error) {
      return { ok: false, reason: isDuplicate(error) ? "email_taken" : unavailable(error) };
    }
  }
  const signedIn = await authenticate(sdk, email, password);
  // The account exists now; a sign-in that fails right after can only be the backend.
  return signedIn.ok ? signedIn : { ok: false, reason: "unavailable" };
}

/** Gives the guest's cart to the customer who just signed in, so nothing put in it is lost. */
export async function attachCart(sdk: Medusa, cartId: string, token: string): Promise<void> {
  await sdk.client.fetch(`/store/carts/${encodeURIComponent(cartId)}/customer`, { method: "POST", ...personal(token) });
}

/** The id of the customer's newest cart that still holds something and is not yet an order, if any. */
export async function findAccountCart(sdk: Medusa, token: string): Promise<string | null> {
  const { cart } = await sdk.client.fetch<{ cart: { id: string } | null }>("/store/customers/me/cart", personal(token));
  return cart?.id ?? null;
}

// ---------------------------------------------------------------------------------------------
// Orders and addresses of the signed-in customer

/** How many orders one page of the account's order list shows. */
export const ORDERS_PER_PAGE = 20;

export type OrderPage = { orders: OrderSummary[]; count: number };

/** The customer's orders, newest first: page `page` (from 1) of `perPage`, and how many there are in all. */
export async function listOrders(sdk: Medusa, token: string, page = 1, perPage = ORDERS_PER_PAGE): Promise<OrderPage> {
  const { orders, count } = await sdk.client.fetch<{ orders: OrderSummary[]; count: number }>("/store/orders", {
    query: { fields: ORDER_FIELDS, order: "-created_at", limit: perPage, offset: (page - 1) * perPage },
    ...personal(token),
  });
  return { orders, count };
}

export async function createAddress(sdk: Medusa, token: string, address: AddressInput): Promise<void> {
  await sdk.client.fetch("/store/customers/me/addresses", { method: "POST", body: address, ...personal(token) });
}

export async function updateAddress(sdk: Medusa, token: string, id: string, address: AddressInput): Promise<void> {
  await sdk.client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
    method: "POST",
    body: address,
    ...personal(token),
  });
}

/** Medusa clears the flag on the previous default itself. */
export async function setDefaultAddress(sdk: Medusa, token: string, id: string): Promise<void> {
  await sdk.client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
    method: "POST",
    body: { is_default_shipping: true, is_default_billing: true },
    ...personal(token),
  });
}

export async function deleteAddress(sdk: Medusa, token: string, id: string): Promise<void> {
  await sdk.client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
    method: "DELETE",
    ...personal(token),
  });
}

export type SessionResult<T> =
  | { status: "ready"; data: T }
  | { status: "guest" }
  | { status: "not_found" }
  | { status: "unavailable" };

/**
 * A page's or action's call with the session's token: "guest" when there is no session or the
 * backend refused it, "not_found" for another customer's or a deleted record, "unavailable" else.
 */
export async function withSession<T>(what: string, call: (sdk: Medusa, token: string) => Promise<T>): Promise<SessionResult<T>> {
  const [sdk, token] = await Promise.all([getMedusa(), sessionToken()]);
  if (!token) return { status: "guest" };
  if (!sdk) return { status: "unavailable" };
  try {
    return { status: "ready", data: await call(sdk, token) };
  } catch (error) {
    if (isUnauthorized(error)) return { status: "guest" };
    if (statusOf(error) === 404) return { status: "not_found" };
    console.error(`[${what}] the store API request failed: ${describe(error)}`);
    return { status: "unavailable" };
  }
}

// ---------------------------------------------------------------------------------------------

/** A buyer's data is never cached, and the header overrides any token the shared client holds. */
function personal(token: string) {
  return { headers: bearer(token), ...noStore() };
}

function noStore() {
  return { cache: "no-store" as const, signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS) };
}

function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined;
}

export function isUnauthorized(error: unknown): boolean {
  return statusOf(error) === 401;
}

/** Medusa's DUPLICATE_ERROR ("Customer with this email already has an account") is a 422. */
function isDuplicate(error: unknown): boolean {
  return statusOf(error) === 422;
}

/** Anything but a refusal is the backend failing: logged for the operator, "unavailable" for the buyer. */
function unavailable(error: unknown): "unavailable" {
  console.error(`[customer] the auth request failed: ${describe(error)}`);
  return "unavailable";
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
