// The counter's outbox on this page: the sales kept in IndexedDB (pos-db.ts), sent by the sender of
// lib/pos-outbox.ts through /api/pos/sales with each sale's own idempotency key, at once when a sale
// is completed, when the connection comes back, and every few seconds while any is waiting. One
// sender runs at a time, so no key is ever sent twice at once from this device, and a send that
// timed out after the backend took it is answered 200 with the same sale the next time.
import { createOutbox } from "@/lib/pos-outbox";
import { outcomeOfStatus, type QueuedSale, type SendOutcome, salesToForget } from "@/lib/pos-queue";
import type { PosSale } from "@/lib/pos-types";
import { posApi } from "./pos-api";
import { deleteSale, listSales, putSale } from "./pos-db";

const TICK_MS = 3_000;

/** A manager's approval of a sale, for its sends from this page only: never written anywhere. */
const approvals = new Map<string, string>();
const listeners = new Set<() => void>();

export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  for (const listener of listeners) listener();
}

/** Keeps the sale on the device first, then tries to send it; the oldest sent ones beyond what is kept are forgotten. */
export async function queueSale(sale: QueuedSale, approvalToken?: string): Promise<void> {
  await putSale(sale);
  for (const key of salesToForget(await listSales())) await deleteSale(key);
  if (approvalToken) approvals.set(sale.key, approvalToken);
  changed();
}

async function send(sale: QueuedSale): Promise<SendOutcome> {
  const approval = approvals.get(sale.key);
  const answer = await posApi<{ sale: PosSale }>("/sales", {
    method: "POST",
    body: sale.body,
    headers: { "idempotency-key": sale.key, ...(approval ? { "x-pos-manager-approval": approval } : {}) },
  });
  if (answer.ok) return { kind: "recorded", sale: answer.value.sale };
  if (!answer.refusal) return { kind: "failed", reason: answer.reason };
  if (outcomeOfStatus(answer.refusal.status) === "refused") return { kind: "refused", refusal: answer.refusal };
  return { kind: "failed", reason: answer.refusal.message };
}

const outbox = createOutbox({
  store: { list: listSales, put: putSale },
  send,
  onChange: (sale) => {
    if (sale.state !== "waiting") approvals.delete(sale.key);
    changed();
  },
});

/** Sends what is waiting; `force` tries the oldest now even while it waits out its retry. */
export function drainOutbox(force = false): Promise<void> {
  return outbox.drain(force);
}

/** Starts the sender for this page: on the browser's "online" event and on a steady tick. */
export function startOutbox(): () => void {
  const online = () => void drainOutbox(true);
  window.addEventListener("online", online);
  const timer = window.setInterval(() => void drainOutbox(false), TICK_MS);
  void drainOutbox(true);
  return () => {
    window.removeEventListener("online", online);
    window.clearInterval(timer);
  };
}
