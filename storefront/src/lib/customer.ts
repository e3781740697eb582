// The signed-in buyer: Medusa's customer JWT kept in an httpOnly cookie, and every store API call
// made on the buyer's behalf. The token travels with each call (StoreClient's `token`), never in
// state of the client, which on the server is shared by every request.
import type { HttpTypes } from "@medusajs/types";
import { cookies } from "next/headers";
import { cache } from "react";
import type { AccountLocale } from "@ocop/domain/storefront-links";
import { ERROR_CODES } from "@ocop/domain/errors";
import { getMedusa } from "./medusa";
import { describeError, isRefusal, type StoreClient, StoreApiError } from "./store-api";

export const SESSION_COOKIE = "ocop_customer";

export type CustomerAddress = Pick<
  HttpTypes.StoreCustomerAddress,
  | "id"
  | "address_name"
  | "first_name"
  | "last_name"
  | "phone"
  | "address_1"
  | "address_2"
  | "city"
  | "province"
  | "postal_code"
  | "country_code"
  | "is_default_shipping"
  | "is_default_billing"
  | "metadata"
>;

export type Customer = Pick<HttpTypes.StoreCustomer, "id" | "email" | "first_name" | "last_name" | "phone"> & {
  addresses: CustomerAddress[];
};

/** What an address form sends to Medusa. */
export type AddressInput = HttpTypes.StoreCreateCustomerAddress;

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
] as const satisfies readonly HttpTypes.StoreOrder["payment_status"][];
export const FULFILLMENT_STATUSES = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const satisfies readonly HttpTypes.StoreOrder["fulfillment_status"][];
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];

export type OrderSummary = Pick<HttpTypes.StoreOrder, "id" | "created_at" | "currency_code" | "total"> & {
  /** The number the buyer quotes, asked for in ORDER_FIELDS. */
  display_id: number;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfillment_status: FulfillmentStatus;
  items: Pick<HttpTypes.StoreOrderLineItem, "id" | "title" | "product_title" | "quantity">[] | null;
};

/**
 * A person's name as Vietnamese write it, family name first: the customer "Lan" / "Nguyễn" is
 * "Nguyễn Lan". Addresses keep the whole name in first_name, which this leaves as it is.
 */
export function fullName(person: { first_name?: string | null; last_name?: string | null }): string {
  return [person.last_name, person.first_name].filter(Boolean).join(" ");
}

/**
 * Why a sign-in did not go through; each has its own sentence for the buyer. "email_not_confirmed"
 * comes only with the right password of a login whose email was never confirmed.
 */
export type AuthFailure = "wrong_credentials" | "email_not_confirmed" | "unavailable";
/** Too many attempts for the account or from the buyer's address: the backend asks to wait. */
export type Throttled = { ok: false; reason: "throttled"; retryAfterSeconds: number };
export type AuthResult = { ok: true; token: string } | { ok: false; reason: AuthFailure } | Throttled;

/**
 * A registration's answer is the same for every email, new or not ("check the inbox"): only a
 * wait, the backend failing, or input the backend refused (it checks as the form does) differ.
 */
export type RegistrationResult = { ok: true; email: string } | { ok: false; reason: "refused" | "unavailable" } | Throttled;

/**
 * Why the link of a confirmation email did not sign the buyer in: a link broken or not ours, one
 * past its 24 hours (both: register again), one used already (sign in), or the backend failing.
 */
export type ConfirmFailure = "link_invalid" | "link_expired" | "already_confirmed" | "unavailable";
export type ConfirmResult = { ok: true; token: string } | { ok: false; reason: ConfirmFailure };

/**
 * Asking for a password reset link is answered alike for every email; setting the new password
 * fails only for a link that cannot be used any more (spent, replaced, past its time, broken) or a
 * password the backend's rules refuse after the form's own let it through.
 */
export type PasswordResetRequestResult = { ok: true; email: string } | { ok: false; reason: "refused" | "unavailable" } | Throttled;
export type PasswordResetFailure = "reset_link_invalid" | "reset_link_expired" | "refused" | "unavailable";
export type PasswordResetResult = { ok: true; email: string } | { ok: false; reason: PasswordResetFailure };

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses";
const ORDER_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,currency_code,total,items.id,items.title,items.product_title,items.quantity";

// ---------------------------------------------------------------------------------------------
// The session cookie

/** The buyer's JWT, or undefined for a guest: the cart's and checkout's calls carry it too. */
export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
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
 * The token's claims, read without checking the signature: the storefront only uses them to know
 * when a session expires and whose password a reset link sets; the backend verifies every token it
 * receives.
 */
export function tokenClaims(token: string): { actor_id?: string; entity_id?: unknown; exp?: number } | null {
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
  const medusa = await getMedusa();
  if (!medusa) return { status: "unavailable" };
  try {
    return { status: "signed_in", customer: await retrieveCustomer(medusa, token) };
  } catch (error) {
    if (isRefusal(error, 401)) return { status: "guest" };
    console.error(`[customer] the store API request failed: ${describeError(error)}`);
    return { status: "unavailable" };
  }
});

/** The signed-in customer with their saved addresses; null for a guest or when the backend cannot say. */
export async function getCustomer(): Promise<Customer | null> {
  const state = await loadCustomer();
  return state.status === "signed_in" ? state.customer : null;
}

export async function retrieveCustomer(medusa: StoreClient, token: string): Promise<Customer> {
  const { customer } = await medusa.fetch<{ customer: Customer }>("/store/customers/me", {
    query: { fields: CUSTOMER_FIELDS },
    token,
  });
  return customer;
}

// ---------------------------------------------------------------------------------------------
// Signing in and registering

/**
 * The buyer's address for the backend, which counts sign-in attempts per address: the last entry of
 * the X-Forwarded-For this server received, the one its own proxy (or Next itself) added.
 */
export function buyerAddress(forwardedFor: string | null | undefined): string | undefined {
  return forwardedFor?.split(",").map((entry) => entry.trim()).filter(Boolean).at(-1);
}

/** Sent on the auth calls only: the backend believes it from a trusted proxy (its TRUST_PROXY). */
function forwardedFrom(address: string | undefined): Record<string, string> {
  return address ? { "x-forwarded-for": address } : {};
}

/** A wait the backend asks for, else undefined. */
function throttled(error: unknown): Throttled | undefined {
  if (!isRefusal(error, 429)) return undefined;
  return { ok: false, reason: "throttled", retryAfterSeconds: error.retryAfterSeconds ?? 60 };
}

export async function authenticate(medusa: StoreClient, email: string, password: string, from?: string): Promise<AuthResult> {
  try {
    const { token } = await medusa.fetch<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      headers: forwardedFrom(from),
    });
    return { ok: true, token };
  } catch (error) {
    if (isRefusal(error, 401)) return { ok: false, reason: error.code === ERROR_CODES.emailNotConfirmed ? "email_not_confirmed" : "wrong_credentials" };
    return throttled(error) ?? { ok: false, reason: unavailable(error) };
  }
}

export type Registration = { email: string; password: string; first_name: string; last_name: string; phone: string; locale: AccountLocale };

/**
 * Asks the backend to register the buyer: it emails a link that confirms the address (or, when the
 * email has a login, tells its owner), and answers every email alike, so the buyer is told to look
 * in the inbox whatever the email. The customer is made when the link is confirmed.
 */
export async function register(medusa: StoreClient, registration: Registration, from?: string): Promise<RegistrationResult> {
  try {
    const { registration: registered } = await medusa.fetch<{ registration: { email: string } }>("/store/registrations", {
      method: "POST",
      body: registration,
      headers: forwardedFrom(from),
    });
    return { ok: true, email: registered.email };
  } catch (error) {
    if (isRefusal(error, 400)) {
      console.error(`[customer] the backend refused a registration the form let through: ${describeError(error)}`);
      return { ok: false, reason: "refused" };
    }
    return throttled(error) ?? { ok: false, reason: unavailable(error) };
  }
}

/** What each of the backend's refusals of a confirmation link means for the buyer. */
const CONFIRM_REFUSALS: Partial<Record<string, ConfirmFailure>> = {
  [ERROR_CODES.emailLinkInvalid]: "link_invalid",
  [ERROR_CODES.emailLinkExpired]: "link_expired",
  [ERROR_CODES.emailAlreadyConfirmed]: "already_confirmed",
};

/** Confirms the email with the token of its link: the customer is made, and the answer is their session, as a sign-in's. */
export async function confirmRegistration(medusa: StoreClient, token: string): Promise<ConfirmResult> {
  try {
    const { token: session } = await medusa.fetch<{ token: string }>("/store/registrations/confirm", { method: "POST", body: { token } });
    return { ok: true, token: session };
  } catch (error) {
    const refusal = error instanceof StoreApiError ? CONFIRM_REFUSALS[error.code ?? ""] : undefined;
    // A token the backend refuses as a body (too long, empty) is no link it sent.
    if (!refusal && isRefusal(error, 400)) return { ok: false, reason: "link_invalid" };
    return { ok: false, reason: refusal ?? unavailable(error) };
  }
}

/** Asks the backend to email a link that sets a new password; the answer is the same whether the email has an account or not. */
export async function requestPasswordReset(
  medusa: StoreClient,
  request: { email: string; locale: AccountLocale },
  from?: string,
): Promise<PasswordResetRequestResult> {
  try {
    const { password_reset } = await medusa.fetch<{ password_reset: { email: string } }>("/store/password-resets", {
      method: "POST",
      body: request,
      headers: forwardedFrom(from),
    });
    return { ok: true, email: password_reset.email };
  } catch (error) {
    if (isRefusal(error, 400)) {
      console.error(`[customer] the backend refused a password reset request the form let through: ${describeError(error)}`);
      return { ok: false, reason: "refused" };
    }
    return throttled(error) ?? { ok: false, reason: unavailable(error) };
  }
}

/** What each of the backend's refusals of a reset link means for the buyer. */
const RESET_REFUSALS: Partial<Record<string, PasswordResetFailure>> = {
  [ERROR_CODES.passwordResetLinkInvalid]: "reset_link_invalid",
  [ERROR_CODES.passwordResetLinkExpired]: "reset_link_expired",
};

/** Sets the new password with the token of the reset email's link, which it spends; the answer names the account's email. */
export async function resetPassword(medusa: StoreClient, token: string, password: string): Promise<PasswordResetResult> {
  try {
    const { password_reset } = await medusa.fetch<{ password_reset: { email: string } }>("/store/password-resets/confirm", {
      method: "POST",
      body: { token, password },
    });
    return { ok: true, email: password_reset.email };
  } catch (error) {
    const refusal = error instanceof StoreApiError ? RESET_REFUSALS[error.code ?? ""] : undefined;
    if (refusal) return { ok: false, reason: refusal };
    if (isRefusal(error, 400)) {
      console.error(`[customer] the backend refused a new password the form let through: ${describeError(error)}`);
      return { ok: false, reason: "refused" };
    }
    return { ok: false, reason: unavailable(error) };
  }
}

/** The email a reset link's token names (tokenClaims): to show whose password is set, and to check the password against it. */
export function emailOfResetToken(token: string): string | undefined {
  const email = tokenClaims(token)?.entity_id;
  return typeof email === "string" ? email : undefined;
}

/** Gives the guest's cart to the customer who just signed in, so nothing put in it is lost. */
export async function attachCart(medusa: StoreClient, cartId: string, token: string): Promise<void> {
  await medusa.fetch(`/store/carts/${encodeURIComponent(cartId)}/customer`, { method: "POST", token });
}

/** The id of the customer's newest cart that still holds something and is not yet an order, if any. */
export async function findAccountCart(medusa: StoreClient, token: string): Promise<string | null> {
  const { cart } = await medusa.fetch<{ cart: { id: string } | null }>("/store/customers/me/cart", { token });
  return cart?.id ?? null;
}

// ---------------------------------------------------------------------------------------------
// Orders and addresses of the signed-in customer

/** How many orders one page of the account's order list shows. */
export const ORDERS_PER_PAGE = 20;

export type OrderPage = { orders: OrderSummary[]; count: number };

/** The customer's orders, newest first: page `page` (from 1) of `perPage`, and how many there are in all. */
export async function listOrders(medusa: StoreClient, token: string, page = 1, perPage = ORDERS_PER_PAGE): Promise<OrderPage> {
  const { orders, count } = await medusa.fetch<{ orders: OrderSummary[]; count: number }>("/store/orders", {
    query: { fields: ORDER_FIELDS, order: "-created_at", limit: perPage, offset: (page - 1) * perPage },
    token,
  });
  return { orders, count };
}

export async function createAddress(medusa: StoreClient, token: string, address: AddressInput): Promise<void> {
  await medusa.fetch("/store/customers/me/addresses", { method: "POST", body: address, token });
}

export async function updateAddress(medusa: StoreClient, token: string, id: string, address: AddressInput): Promise<void> {
  await medusa.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
    method: "POST",
    body: address,
    token,
  });
}

/** Medusa clears the flag on the previous default itself. */
export async function setDefaultAddress(medusa: StoreClient, token: string, id: string): Promise<void> {
  await updateAddress(medusa, token, id, { is_default_shipping: true, is_default_billing: true });
}

export async function deleteAddress(medusa: StoreClient, token: string, id: string): Promise<void> {
  await medusa.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, { method: "DELETE", token });
}

export type SessionResult<T> =
  | { status: "ready"; data: T }
  | { status: "guest" }
  | { status: "not_found" }
  /** The backend refused what was sent; `code` says why (@ocop/domain's ERROR_CODES). */
  | { status: "refused"; code: string | undefined }
  | { status: "unavailable" };

/**
 * A page's or action's call with the session's token: "guest" when there is no session or the
 * backend refused it, "not_found" for another customer's or a deleted record, "refused" for data
 * the backend would not take, "unavailable" else.
 */
export async function withSession<T>(
  what: string,
  call: (medusa: StoreClient, token: string) => Promise<T>,
): Promise<SessionResult<T>> {
  const [medusa, token] = await Promise.all([getMedusa(), sessionToken()]);
  if (!token) return { status: "guest" };
  if (!medusa) return { status: "unavailable" };
  try {
    return { status: "ready", data: await call(medusa, token) };
  } catch (error) {
    if (isRefusal(error, 401)) return { status: "guest" };
    if (isRefusal(error, 404)) return { status: "not_found" };
    if (isRefusal(error, 400)) return { status: "refused", code: error.code };
    console.error(`[${what}] the store API request failed: ${describeError(error)}`);
    return { status: "unavailable" };
  }
}

/** Anything but a refusal is the backend failing: logged for the operator, "unavailable" for the buyer. */
function unavailable(error: unknown): "unavailable" {
  console.error(`[customer] the auth request failed: ${describeError(error)}`);
  return "unavailable";
}
