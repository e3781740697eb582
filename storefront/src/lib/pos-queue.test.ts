import assert from "node:assert/strict";
import { test } from "node:test";
import { afterSend, newSaleKey, nextSeq, nextToSend, outcomeOfStatus, retryDelay, salesToForget, waitingSales } from "./pos-queue";
import type { PosSale } from "./pos-types";
import { queuedSale } from "./pos-sale-fixture";


test("sales go in the order they were made, and a later one never overtakes one waiting out its retry", () => {
  const queue = [queuedSale("b", 2), queuedSale("a", 1, { nextAttemptAt: 5_000 }), queuedSale("c", 3)];
  assert.equal(nextToSend(queue, 1_000), null);
  assert.equal(nextToSend(queue, 5_000)?.key, "a");
  assert.equal(nextToSend(queue, 1_000, true)?.key, "a");
  assert.deepEqual(waitingSales(queue).map((e) => e.key), ["a", "b", "c"]);
  assert.equal(nextSeq(queue), 4);
});

test("a failed send keeps the entry with its key and waits longer each time", () => {
  const once = afterSend(queuedSale("a", 1), { kind: "failed", reason: "Hết thời gian chờ" }, 10_000);
  assert.equal(once.state, "waiting");
  assert.equal(once.key, "a");
  assert.equal(once.nextAttemptAt, 10_000 + retryDelay(1));
  const twice = afterSend(once, { kind: "failed", reason: "Mất mạng" }, 20_000);
  assert.ok(retryDelay(2) > retryDelay(1));
  assert.equal(twice.nextAttemptAt, 20_000 + retryDelay(2));
  assert.equal(retryDelay(50), 60_000);
});

test("200 and 201 record the sale; a 4xx is set aside with its sentence; 401, 429 and 5xx are tried again", () => {
  assert.equal(outcomeOfStatus(201), "recorded");
  assert.equal(outcomeOfStatus(200), "recorded");
  assert.equal(outcomeOfStatus(409), "refused");
  assert.equal(outcomeOfStatus(400), "refused");
  assert.equal(outcomeOfStatus(401), "retry");
  assert.equal(outcomeOfStatus(429), "retry");
  assert.equal(outcomeOfStatus(503), "retry");
  const refused = afterSend(queuedSale("a", 1), { kind: "refused", refusal: { status: 409, code: "pos_shift_closed", message: "Ca đã đóng." } }, 0);
  assert.equal(refused.state, "refused");
  assert.equal(waitingSales([refused]).length, 0);
  const sale = { id: "psale_1" } as PosSale;
  assert.equal(afterSend(queuedSale("a", 1), { kind: "recorded", sale }, 0).sale?.id, "psale_1");
});

test("a sale's key is a version 4 UUID, also where crypto.randomUUID is missing (plain http on the showroom's network)", () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.match(newSaleKey(), uuid);
  const withoutRandomUuid = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => crypto.getRandomValues(array as Uint8Array) as unknown as T };
  const keys = new Set(Array.from({ length: 50 }, () => newSaleKey(withoutRandomUuid)));
  assert.equal(keys.size, 50);
  for (const key of keys) assert.match(key, uuid);
});

test("the device forgets only sent sales beyond the newest it keeps, never one waiting or refused", () => {
  const entries = [queuedSale("old-sent", 1, { state: "sent" }), queuedSale("waiting", 2), queuedSale("refused", 3, { state: "refused" }), queuedSale("new-sent", 4, { state: "sent" })];
  assert.deepEqual(salesToForget(entries, 1), ["old-sent"]);
  assert.deepEqual(salesToForget(entries, 0), ["new-sent", "old-sent"]);
});
