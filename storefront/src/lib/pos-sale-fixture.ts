// A sale as the counter keeps it on the device, for the tests of the queue and of its sender.
import type { QueuedSale } from "./pos-queue";

/** One pack for 35.000 ₫ in cash, waiting to be sent, with whatever `over` changes. */
export function queuedSale(key: string, seq: number, over: Partial<QueuedSale> = {}): QueuedSale {
  return {
    key,
    seq,
    createdAt: "2026-12-03T08:00:00.000Z",
    body: { shift_id: "s", lines: [{ variant_id: "v", quantity: 1 }], payments: [{ method: "cash", amount: 35_000 }] },
    snapshot: { lines: [], subtotal: 35_000, discountTotal: 0, orderDiscount: 0, total: 35_000, change: 0, tendered: 35_000, staffName: "Thu ngân" },
    state: "waiting",
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    refusal: null,
    sale: null,
    ...over,
  };
}
