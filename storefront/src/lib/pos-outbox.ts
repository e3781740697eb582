// The sender of the counter's outbox, apart from where the sales are kept and how one is sent (the
// screen gives it IndexedDB and the /api/pos/sales call): sales go oldest first, one at a time,
// each with its own key; the first that cannot go stops the pass so the later ones keep their order.
import { afterSend, nextToSend, type QueuedSale, type SendOutcome } from "./pos-queue";

export type OutboxStore = { list: () => Promise<QueuedSale[]>; put: (sale: QueuedSale) => Promise<void> };
export type Outbox = { drain: (force?: boolean) => Promise<void> };

export function createOutbox({ store, send, now = Date.now, onChange = () => {} }: { store: OutboxStore; send: (sale: QueuedSale) => Promise<SendOutcome>; now?: () => number; onChange?: (sale: QueuedSale) => void }): Outbox {
  let running: Promise<void> | null = null;
  /** Asked for while a pass ran: another pass, forced if any asker forced it. */
  let again: { force: boolean } | null = null;

  /** Sends in order until one cannot go; true when it stopped on a failure (the connection, a timeout). */
  async function pass(force: boolean): Promise<boolean> {
    let first = true;
    for (;;) {
      const next = nextToSend(await store.list(), now(), force && first);
      first = false;
      if (!next) return false;
      const outcome = await send(next);
      const after = afterSend(next, outcome, now());
      await store.put(after);
      onChange(after);
      if (outcome.kind === "failed") return true;
    }
  }

  return {
    /** Sends what is waiting; `force` tries the oldest now even while it waits out its retry (the connection is back). */
    drain(force = false) {
      if (running) {
        again = { force: force || Boolean(again?.force) };
        return running;
      }
      running = (async () => {
        try {
          let forced = force;
          for (;;) {
            const failed = await pass(forced);
            if (!again) break;
            // Forcing was asked while that pass ran: if it has just failed, the sale waits out its retry
            // like any other, rather than being sent again at once.
            forced = again.force && !failed;
            again = null;
          }
        } finally {
          running = null;
        }
      })();
      return running;
    },
  };
}
