// The counter's outbox of sales: each completed sale is kept (in IndexedDB, modules/pos/pos-db.ts)
// with its idempotency key and sent in the order it was made, until the backend has answered 201 or
// 200 for that key. A refusal (4xx) is set aside for the cashier, never retried for ever nor lost; a
// lost connection, a timeout or a 5xx is tried again with the same key after a growing wait.
import type { PosRefusal, PosSale, PosSaleRequest } from "./pos-types";

/** What the receipt shows of a line before the backend has answered. */
export type SaleSnapshotLine = { title: string; variant_title: string | null; producer_name: string; gtin: string | null; quantity: number; unit_price: number; line_discount: number; order_discount_share: number; total: number };

export type QueuedSale = {
  /** The sale's idempotency key (crypto.randomUUID), made once when the sale is completed. */
  key: string;
  /** Its place in the queue: sales are sent in the order they were made. */
  seq: number;
  createdAt: string;
  body: PosSaleRequest;
  snapshot: { lines: SaleSnapshotLine[]; subtotal: number; discountTotal: number; orderDiscount: number; total: number; change: number; tendered: number | null; staffName: string };
  state: "waiting" | "sent" | "refused";
  attempts: number;
  /** Not tried again before this time (epoch ms). */
  nextAttemptAt: number;
  lastError: string | null;
  refusal: PosRefusal | null;
  /** The backend's sale, once it has answered for the key. */
  sale: PosSale | null;
};

export type SendOutcome = { kind: "recorded"; sale: PosSale } | { kind: "refused"; refusal: PosRefusal } | { kind: "failed"; reason: string };

const FIRST_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 60_000;

/** The wait after the n-th failed try: 2 s, 4 s, 8 s … up to a minute. */
export function retryDelay(attempts: number): number {
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, attempts - 1));
}

/** The sales still to send, oldest first. */
export function waitingSales(entries: readonly QueuedSale[]): QueuedSale[] {
  return entries.filter((entry) => entry.state === "waiting").sort((a, b) => a.seq - b.seq);
}

/**
 * The next sale to send now: the oldest waiting one, unless it is still waiting out its retry (then
 * none, so the later ones do not overtake it), or every one when `force` (the connection came back).
 */
export function nextToSend(entries: readonly QueuedSale[], now: number, force = false): QueuedSale | null {
  const head = waitingSales(entries)[0];
  if (!head) return null;
  return force || head.nextAttemptAt <= now ? head : null;
}

/** How a status the sales route answered is treated: recorded, refused for good, or worth another try. */
export function outcomeOfStatus(status: number): "recorded" | "refused" | "retry" {
  if (status === 200 || status === 201) return "recorded";
  // 401: the staff session ended (sign in again and it goes); 408/429: try later.
  if (status === 401 || status === 408 || status === 429) return "retry";
  return status >= 400 && status < 500 ? "refused" : "retry";
}

/** The entry after one send. */
export function afterSend(entry: QueuedSale, outcome: SendOutcome, now: number): QueuedSale {
  if (outcome.kind === "recorded") return { ...entry, state: "sent", sale: outcome.sale, lastError: null, attempts: entry.attempts + 1 };
  if (outcome.kind === "refused") return { ...entry, state: "refused", refusal: outcome.refusal, lastError: outcome.refusal.message, attempts: entry.attempts + 1 };
  const attempts = entry.attempts + 1;
  return { ...entry, attempts, lastError: outcome.reason, nextAttemptAt: now + retryDelay(attempts) };
}

/** The next place in the queue. */
export function nextSeq(entries: readonly QueuedSale[]): number {
  return entries.reduce((highest, entry) => Math.max(highest, entry.seq), 0) + 1;
}

/**
 * A new sale's idempotency key, a random UUID: crypto.randomUUID where the page is a secure context,
 * else (a counter opened over the showroom's own network by plain http) one built from
 * crypto.getRandomValues, which every context has.
 */
export function newSaleKey(random: Pick<Crypto, "getRandomValues"> & Partial<Pick<Crypto, "randomUUID">> = crypto): string {
  if (typeof random.randomUUID === "function") return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** How many sent sales the device keeps for reprinting their receipts. */
export const SENT_SALES_KEPT = 200;

/** The sent sales beyond the newest `keep`, which the device may forget; waiting and refused ones are never forgotten. */
export function salesToForget(entries: readonly QueuedSale[], keep = SENT_SALES_KEPT): string[] {
  return entries
    .filter((entry) => entry.state === "sent")
    .sort((a, b) => b.seq - a.seq)
    .slice(keep)
    .map((entry) => entry.key);
}
