// Sends the sales of the outbox (pos-db.ts) to POST /pos/sales in the order they were made, each
// with its own idempotency key, until the backend has answered for it: at once when a sale is
// completed, when the connection comes back, and every few seconds while any is waiting (each
// waiting out its growing retry). One sender runs at a time, so no key is ever sent twice at once
// from this device, and a send that timed out after the backend took it is answered 200 next time.
import { afterSend, nextToSend, outcomeOfStatus, type QueuedSale, type SendOutcome } from "@/lib/pos-queue";
import type { PosSale } from "@/lib/pos-types";
import { posApi } from "./pos-api";
import { listSales, putSale } from "./pos-db";

const TICK_MS = 3_000;

/** A manager's approval of a sale, for its sends from this page only: never written anywhere. */
const approvals = new Map<string, string>();
const listeners = new Set<() => void>();
let running: Promise<void> | null = null;
/** Asked for while a pass ran: another pass, forced if any asker forced it. */
let again: { force: boolean } | null = null;

export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  for (const listener of listeners) listener();
}

/** Keeps the sale on the device first, then tries to send it. */
export async function queueSale(sale: QueuedSale, approvalToken?: string): Promise<void> {
  await putSale(sale);
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

async function pass(force: boolean): Promise<void> {
  let first = true;
  for (;;) {
    const next = nextToSend(await listSales(), Date.now(), force && first);
    first = false;
    if (!next) return;
    const outcome = await send(next);
    await putSale(afterSend(next, outcome, Date.now()));
    if (outcome.kind !== "failed") approvals.delete(next.key);
    changed();
    // The oldest could not go: the later ones wait behind it, in order.
    if (outcome.kind === "failed") return;
  }
}

/** Sends what is waiting; `force` tries the oldest now even while it waits out its retry (the connection is back). */
export function drainOutbox(force = false): Promise<void> {
  if (running) {
    again = { force: force || Boolean(again?.force) };
    return running;
  }
  running = (async () => {
    try {
      let forced = force;
      for (;;) {
        await pass(forced);
        if (!again) break;
        forced = again.force;
        again = null;
      }
    } finally {
      running = null;
    }
  })();
  return running;
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
