import assert from "node:assert/strict";
import { test } from "node:test";
import { createOutbox } from "./pos-outbox";
import type { QueuedSale, SendOutcome } from "./pos-queue";
import type { PosSale } from "./pos-types";
import { queuedSale } from "./pos-sale-fixture";


function memoryStore(sales: QueuedSale[]) {
  const kept = new Map(sales.map((s) => [s.key, s]));
  return { kept, list: async () => [...kept.values()], put: async (s: QueuedSale) => void kept.set(s.key, s) };
}

/** A backend that records each key once: the first send of a key 201, later ones 200 with the same sale. */
function backend() {
  const recorded = new Map<string, PosSale>();
  const sends: string[] = [];
  return {
    recorded,
    sends,
    answer(key: string): SendOutcome {
      sends.push(key);
      const existing = recorded.get(key) ?? ({ id: `psale_${recorded.size + 1}`, idempotency_key: key } as PosSale);
      recorded.set(key, existing);
      return { kind: "recorded", sale: existing };
    },
  };
}

test("waiting sales go in the order they were made and each is recorded once", async () => {
  const store = memoryStore([queuedSale("c", 3), queuedSale("a", 1), queuedSale("b", 2)]);
  const server = backend();
  await createOutbox({ store, send: async (s) => server.answer(s.key), now: () => 0 }).drain();
  assert.deepEqual(server.sends, ["a", "b", "c"]);
  assert.ok([...store.kept.values()].every((s) => s.state === "sent" && s.sale));
});

test("a send whose answer was lost is sent again with the same key, and the backend's one sale is kept", async () => {
  let clock = 0;
  const store = memoryStore([queuedSale("lost", 1), queuedSale("next", 2)]);
  const server = backend();
  let first = true;
  const outbox = createOutbox({
    store,
    now: () => clock,
    send: async (s) => {
      const answer = server.answer(s.key);
      // The backend took the first send; its answer never came back.
      if (first) {
        first = false;
        return { kind: "failed", reason: "Quá thời gian chờ máy chủ trả lời." };
      }
      return answer;
    },
  });
  await outbox.drain(true);
  assert.deepEqual(server.sends, ["lost"], "the later sale waits behind the one that could not go");
  assert.equal(store.kept.get("lost")?.state, "waiting");
  await outbox.drain();
  assert.deepEqual(server.sends, ["lost"], "not before its retry is due");
  clock = 60_000;
  await outbox.drain();
  assert.deepEqual(server.sends, ["lost", "lost", "next"]);
  assert.equal(server.recorded.size, 2);
  assert.equal(store.kept.get("lost")?.sale?.id, "psale_1");
});

test("a refusal is set aside with its sentence and the queue goes on", async () => {
  const store = memoryStore([queuedSale("refused", 1), queuedSale("fine", 2)]);
  const server = backend();
  await createOutbox({
    store,
    now: () => 0,
    send: async (s) => (s.key === "refused" ? { kind: "refused", refusal: { status: 409, code: "pos_shift_closed", message: "Ca đã đóng." } } : server.answer(s.key)),
  }).drain();
  assert.equal(store.kept.get("refused")?.state, "refused");
  assert.equal(store.kept.get("refused")?.refusal?.message, "Ca đã đóng.");
  assert.equal(store.kept.get("fine")?.state, "sent");
});

test("a drain asked for while one runs never sends a key twice at once", async () => {
  const store = memoryStore([queuedSale("a", 1)]);
  let inFlight = 0;
  let most = 0;
  const server = backend();
  const outbox = createOutbox({
    store,
    now: () => 0,
    send: async (s) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return server.answer(s.key);
    },
  });
  await Promise.all([outbox.drain(true), outbox.drain(true), outbox.drain()]);
  assert.equal(most, 1);
  assert.deepEqual(server.sends, ["a"]);
});

test("a sale whose send failed while another drain was asked for waits out its retry, not sent again at once", async () => {
  const store = memoryStore([queuedSale("a", 1)]);
  const sends: string[] = [];
  const outbox = createOutbox({
    store,
    now: () => 1_000,
    send: async (s) => {
      sends.push(s.key);
      await new Promise((resolve) => setImmediate(resolve));
      return { kind: "failed", reason: "Quá thời gian chờ máy chủ trả lời." };
    },
  });
  // The counter's own drain after the sale, joined by another forced one while the first send is out.
  const first = outbox.drain(true);
  const second = outbox.drain(true);
  await Promise.all([first, second]);
  assert.deepEqual(sends, ["a"]);
  const [waiting] = await store.list();
  assert.equal(waiting?.state, "waiting");
  assert.ok((waiting?.nextAttemptAt ?? 0) > 1_000, "the retry is scheduled after a wait");
  // The connection back (the browser's online event) forces it, as before.
  await outbox.drain(true);
  assert.deepEqual(sends, ["a", "a"]);
});
