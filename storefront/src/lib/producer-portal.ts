// The producer portal's side of the backend: a member's Medusa JWT (actor producer_member) kept in
// its own httpOnly cookie, apart from the buyer's, and one typed call per producer API route.
import type { VideoLink } from "./trade-promotion";
import { cookies } from "next/headers";
import { cache } from "react";
import { backendUrl, getMedusa } from "./medusa";
import { describeError, isRefusal, type StoreClient, StoreApiError } from "./store-api";
import { tokenExpiry } from "./customer";

export const PRODUCER_SESSION_COOKIE = "ocop_producer";
/** The producer a member acts for, when they work for several (the API's x-producer-id). */
export const PRODUCER_CHOICE_COOKIE = "ocop_producer_id";

export const PRODUCER_KINDS = ["cooperative", "household", "enterprise"] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];
export type ProducerStatus = "pending" | "approved" | "rejected" | "suspended";

export type PortalProducer = {
  id: string;
  handle: string;
  name: string;
  kind: ProducerKind;
  status: ProducerStatus;
  status_reason: string | null;
  business_registration_number: string;
  phone: string;
  address_as_issued: string;
  role: "owner" | "staff";
};

export type Membership = { role: "owner" | "staff"; producer: { id: string; name: string; status: ProducerStatus } };

export type PortalMe = {
  member: { id: string; email: string; name: string };
  producer: PortalProducer | null;
  memberships: Membership[];
};

export type PortalVariant = { id: string; title: string; sku: string | null; gtin?: string | null; ean?: string | null; price: number | null; stock: number };
export type PortalProduct = {
  id: string;
  title: string;
  title_en: string | null;
  handle: string;
  status: "draft" | "proposed" | "published" | "rejected" | "archived";
  description: string | null;
  description_en: string | null;
  story_vi: string | null;
  story_en: string | null;
  product_set: { id: string; name_vi: string; name_en: string } | null;
  thumbnail: string | null;
  variants: PortalVariant[];
  photos: { id: string; url: string; cover: boolean }[];
};

/** A refusal of the producer API in the backend's own sentence, or the backend being out of reach. */
export type PortalResult<T> = { ok: true; value: T } | { ok: false; reason: "refused"; message: string; status: number } | { ok: false; reason: "signed_out" | "unavailable" };

export type ProducerSession = { token?: string; producerId?: string };

/** The member's token and the producer they chose, for a call made outside producerCall. */
export async function producerSession(): Promise<ProducerSession> {
  const jar = await cookies();
  return { token: jar.get(PRODUCER_SESSION_COOKIE)?.value || undefined, producerId: jar.get(PRODUCER_CHOICE_COOKIE)?.value || undefined };
}

/** Only from a server action: keeps the member's token for as long as it is valid. */
export async function startProducerSession(token: string): Promise<void> {
  const expiresAt = tokenExpiry(token);
  (await cookies()).set(PRODUCER_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    ...(expiresAt ? { expires: expiresAt } : {}),
  });
}

export async function endProducerSession(): Promise<void> {
  const jar = await cookies();
  jar.delete(PRODUCER_SESSION_COOKIE);
  jar.delete(PRODUCER_CHOICE_COOKIE);
}

export async function chooseProducer(producerId: string): Promise<void> {
  (await cookies()).set(PRODUCER_CHOICE_COOKIE, producerId, { httpOnly: true, sameSite: "lax", path: "/" });
}

/** One call of the producer API on the signed-in member's behalf, for the chosen producer. */
export async function producerCall<T>(path: string, request: Parameters<StoreClient["fetch"]>[1] = {}): Promise<PortalResult<T>> {
  const { token, producerId } = await producerSession();
  if (!token) return { ok: false, reason: "signed_out" };
  const medusa = await getMedusa();
  if (!medusa) return { ok: false, reason: "unavailable" };
  try {
    const value = await medusa.fetch<T>(path, { ...request, token, headers: { ...request.headers, ...(producerId ? { "x-producer-id": producerId } : {}) } });
    return { ok: true, value };
  } catch (error) {
    return asResult(error);
  }
}

function asResult(error: unknown): { ok: false; reason: "refused"; message: string; status: number } | { ok: false; reason: "signed_out" | "unavailable" } {
  if (isRefusal(error, 401)) return { ok: false, reason: "signed_out" };
  if (error instanceof StoreApiError && error.status < 500) return { ok: false, reason: "refused", message: error.message, status: error.status };
  console.error(`[producer] the producer API request failed: ${describeError(error)}`);
  return { ok: false, reason: "unavailable" };
}

/** The signed-in member and the producer of this request, read once per request. */
export const loadPortalMe = cache(async (): Promise<PortalResult<PortalMe>> => producerCall<PortalMe>("/producer/me"));

/** Signs a member in with Medusa's auth (actor producer_member); the token is theirs to keep. */
export async function signInMember(email: string, password: string): Promise<PortalResult<string>> {
  const medusa = await getMedusa();
  if (!medusa) return { ok: false, reason: "unavailable" };
  try {
    const { token } = await medusa.fetch<{ token: string }>("/auth/producer_member/emailpass", { method: "POST", body: { email, password } });
    return { ok: true, value: token };
  } catch (error) {
    if (isRefusal(error, 401)) return { ok: false, reason: "refused", message: "", status: 401 };
    return asResult(error);
  }
}

export type RegistrationInput = {
  name: string;
  kind: string;
  business_registration_number: string;
  phone: string;
  address_as_issued: string;
  province_code: string;
  commune_code: string;
  owner: { name: string; email: string; password: string };
};

export async function registerProducer(registration: RegistrationInput): Promise<PortalResult<null>> {
  const medusa = await getMedusa();
  if (!medusa) return { ok: false, reason: "unavailable" };
  try {
    await medusa.fetch("/producer/registrations", { method: "POST", body: registration });
    return { ok: true, value: null };
  } catch (error) {
    return asResult(error);
  }
}

export function listPortalProducts(): Promise<PortalResult<{ products: PortalProduct[]; count: number }>> {
  return producerCall("/producer/products", { query: { limit: 50 } });
}

export function retrievePortalProduct(id: string): Promise<PortalResult<{ product: PortalProduct }>> {
  return producerCall(`/producer/products/${encodeURIComponent(id)}`);
}

/** A certificate as the producer sees it: pending until the programme office verifies it, then valid, expiring soon (≤ 60 days) or expired. */
export type PortalCertificate = {
  id: string;
  decision_number: string;
  decision_date: string;
  issuing_authority: string;
  star_rating: number;
  total_score: number;
  valid_until: string;
  verified: boolean;
  state: "pending" | "valid" | "expiring_soon" | "expired";
  days_left: number;
  document_url: string | null;
  product: { id: string; title: string } | null;
};

export function listProductCertificates(productId: string): Promise<PortalResult<{ certificates: PortalCertificate[] }>> {
  return producerCall(`/producer/products/${encodeURIComponent(productId)}/certificates`);
}

export function listProducerCertificates(): Promise<PortalResult<{ certificates: PortalCertificate[] }>> {
  return producerCall("/producer/certificates");
}

/** Uploads a certificate with its decision document (multipart, which the js-sdk's JSON client does not send). */
export async function submitCertificate(productId: string, upload: FormData): Promise<PortalResult<{ certificate: PortalCertificate }>> {
  const { token, producerId } = await producerSession();
  if (!token) return { ok: false, reason: "signed_out" };
  try {
    const response = await fetch(`${backendUrl()}/producer/products/${encodeURIComponent(productId)}/certificates`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, ...(producerId ? { "x-producer-id": producerId } : {}) },
      body: upload,
      cache: "no-store",
    });
    const body = (await response.json().catch(() => ({}))) as { message?: string; certificate?: PortalCertificate };
    if (response.status === 401) return { ok: false, reason: "signed_out" };
    if (response.ok && body.certificate) return { ok: true, value: { certificate: body.certificate } };
    if (response.status < 500 && body.message) return { ok: false, reason: "refused", message: body.message, status: response.status };
    console.error(`[producer] the certificate upload answered ${response.status}`);
  } catch (error) {
    console.error(`[producer] the certificate upload failed: ${describeError(error)}`);
  }
  return { ok: false, reason: "unavailable" };
}

export type PortalParcelState = "packed" | "shipped" | "delivered" | "canceled";

/** One order as its producer sees it (the backend's present-order.ts): only its own lines and parcels. */
export type PortalOrder = {
  id: string;
  display_id: number;
  status: string;
  created_at: string;
  lines: {
    id: string;
    product_title: string | null;
    variant_title: string | null;
    variant_sku: string | null;
    thumbnail: string | null;
    quantity: number;
    /** Whole đồng. */
    unit_price: number;
    packed_quantity: number;
    shipped_quantity: number;
    delivered_quantity: number;
  }[];
  /** The producer's lines only, whole đồng. */
  subtotal: number;
  shipping_address: {
    first_name?: string | null;
    last_name?: string | null;
    address_1?: string | null;
    address_2?: string | null;
    city?: string | null;
    province?: string | null;
    phone?: string | null;
  } | null;
  payment: { status: string; provider_id: string | null; captured: boolean };
  parcels: {
    id: string;
    state: PortalParcelState;
    carrier: string | null;
    tracking_number: string | null;
    packed_at: string | null;
    shipped_at: string | null;
    delivered_at: string | null;
    items: { line_item_id: string; quantity: number }[];
  }[];
};

export const PORTAL_ORDERS_PAGE = 20;

export function listPortalOrders(offset: number): Promise<PortalResult<{ orders: PortalOrder[]; count: number; limit: number; offset: number }>> {
  return producerCall("/producer/orders", { query: { limit: PORTAL_ORDERS_PAGE, offset } });
}

export function retrievePortalOrder(id: string): Promise<PortalResult<{ order: PortalOrder }>> {
  return producerCall(`/producer/orders/${encodeURIComponent(id)}`);
}

/** One movement of the producer's balance (@ocop/domain/ledger): a paid line's credit or a refund's share of it. */
export type PortalLedgerEntry = {
  id: string;
  kind: "sale" | "refund";
  channel: "online" | "showroom";
  order_display_id: number | null;
  title: string;
  quantity: number;
  gross: number;
  rate_bps: number;
  commission: number;
  net: number;
  occurred_at: string;
  settlement_id: string | null;
};

export type PortalSettlement = {
  id: string;
  number: number;
  amount: number;
  period_end: string;
  bank_account_number: string;
  bank_account_name: string;
  transfer_purpose: string;
};

export type PortalLedger = {
  summary: { sales: number; refunds: number; commission: number; settled: number; due: number };
  entries: PortalLedgerEntry[];
  count: number;
  limit: number;
  offset: number;
  settlements: PortalSettlement[];
};

export const PORTAL_LEDGER_PAGE = 50;

export function retrievePortalLedger(offset: number): Promise<PortalResult<PortalLedger>> {
  return producerCall("/producer/ledger", { query: { limit: PORTAL_LEDGER_PAGE, offset } });
}

/** A batch (lô) of one of the producer's packs, as the producer API gives it. */
export type PortalBatch = {
  id: string;
  variant_id: string;
  lot_code: string;
  quantity: number;
  produced_on: string;
  best_before: string;
  scan_count: number;
  gtin: string | null;
  digital_link: string | null;
  flagged: boolean;
};

export function listPortalBatches(productId: string): Promise<PortalResult<{ batches: PortalBatch[] }>> {
  return producerCall(`/producer/products/${encodeURIComponent(productId)}/batches`);
}

/** The livestreams and videos of one of the producer's products, latest first. */
export function listPortalVideoLinks(productId: string): Promise<PortalResult<{ video_links: VideoLink[] }>> {
  return producerCall(`/producer/products/${encodeURIComponent(productId)}/video-links`);
}

export type PortalMember = { id: string; email: string; name: string; phone: string | null; role: "owner" | "staff"; joined_at: string };
export type PortalInvite = { id: string; email: string; role: "owner" | "staff"; expires_at: string; created_at: string };

export function listPortalMembers(): Promise<PortalResult<{ members: PortalMember[]; invites: PortalInvite[] }>> {
  return producerCall("/producer/members");
}

/** Joins the producer of an invitation: no session, the invitation's token is the proof. */
export async function acceptProducerInvite(body: { token: string; name?: string; password?: string }): Promise<PortalResult<{ producer: { name: string }; member: { email: string } }>> {
  const medusa = await getMedusa();
  if (!medusa) return { ok: false, reason: "unavailable" };
  try {
    return { ok: true, value: await medusa.fetch("/producer/invites/accept", { method: "POST", body }) };
  } catch (error) {
    return asResult(error);
  }
}
