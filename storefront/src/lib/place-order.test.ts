import assert from "node:assert/strict";
import { test } from "node:test";
import { ERROR_CODES } from "@ocop/domain/errors";
import { CART_COMPLETION_TIMEOUT_MS, COMPLETION_RETRY_DELAY_MS, placeCartOrder } from "./place-order";
import { StoreApiError, StoreClient, type StoreRequest } from "./store-api";

type Answer = { order: string } | { keptBecause: string } | Error;

/** A store API that answers each completion in turn, and keeps what it was asked. */
class FakeStoreClient extends StoreClient {
  readonly calls: { path: string; request: StoreRequest }[] = [];

  constructor(private readonly answers: Answer[]) {
    super("http://backend.test", "pk_test");
  }

  override async fetch<T>(path: string, request: StoreRequest = {}): Promise<T> {
    this.calls.push({ path, request });
    const answer = this.answers[this.calls.length - 1];
    if (!answer) throw new Error(`The completion was asked ${this.calls.length} times; the test expected fewer.`);
    if (answer instanceof Error) throw answer;
    if ("order" in answer) return { type: "order", order: { id: answer.order } } as T;
    return { type: "cart", cart: { id: "cart_1" }, error: { message: answer.keptBecause, name: "Error", type: "payment_authorization_error" } } as T;
  }
}

const busy = () => new StoreApiError(409, { type: "conflict", code: ERROR_CODES.cartBusy, message: "Someone else is buying this right now: try again." });
const timedOut = () => new DOMException("The operation was aborted due to timeout", "TimeoutError");
const networkDown = () => new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9000") });
const badGateway = () => new StoreApiError(502, {});
const unknownError = () => new StoreApiError(500, { type: "unknown_error", code: "unknown_error", message: "An unknown error occurred." });

async function place(answers: Answer[]) {
  const medusa = new FakeStoreClient(answers);
  const pauses: number[] = [];
  const completion = await placeCartOrder(medusa, "cart_1", "buyer-token", { pause: async (ms) => void pauses.push(ms) });
  return { completion, calls: medusa.calls, pauses };
}

test("the order placed at once: one completion, waited for far longer than a page waits", async () => {
  const { completion, calls, pauses } = await place([{ order: "order_1" }]);
  assert.deepEqual(completion, { status: "placed", orderId: "order_1" });
  assert.equal(calls.length, 1);
  assert.equal(calls[0]?.path, "/store/carts/cart_1/complete");
  assert.deepEqual(calls[0]?.request, { method: "POST", token: "buyer-token", timeoutMs: CART_COMPLETION_TIMEOUT_MS });
  assert.ok(CART_COMPLETION_TIMEOUT_MS >= 30_000, "a completion that took 17.7 s must not be given up on");
  assert.deepEqual(pauses, []);
});

test("another checkout held the cart: asked once more after a pause, the order is placed", async () => {
  const { completion, calls, pauses } = await place([busy(), { order: "order_1" }]);
  assert.deepEqual(completion, { status: "placed", orderId: "order_1" });
  assert.equal(calls.length, 2);
  assert.deepEqual(pauses, [COMPLETION_RETRY_DELAY_MS]);
});

test("held twice in a row: the buyer is asked to try again, and nothing else is claimed", async () => {
  const { completion, calls } = await place([busy(), busy()]);
  assert.deepEqual(completion, { status: "busy" });
  assert.equal(calls.length, 2);
});

test("the answer lost to a timeout: the completion asked again finds the order that was placed", async () => {
  const { completion, calls } = await place([timedOut(), { order: "order_1" }]);
  assert.deepEqual(completion, { status: "placed", orderId: "order_1" });
  assert.equal(calls.length, 2);
});

test("a dropped connection, then a bad gateway: asked twice more, the order is found", async () => {
  const { completion, calls } = await place([networkDown(), badGateway(), { order: "order_1" }]);
  assert.deepEqual(completion, { status: "placed", orderId: "order_1" });
  assert.equal(calls.length, 3);
});

test("after a lost answer a 409 is the first completion still running, never a reason to say it failed", async () => {
  const placed = await place([unknownError(), busy(), { order: "order_1" }]);
  assert.deepEqual(placed.completion, { status: "placed", orderId: "order_1" });

  const stillRunning = await place([timedOut(), busy(), busy()]);
  assert.deepEqual(stillRunning.completion, { status: "unconfirmed" });
});

test("no answer however often it is asked: not confirmed, which is not failed", async () => {
  const { completion, calls } = await place([timedOut(), timedOut(), networkDown()]);
  assert.deepEqual(completion, { status: "unconfirmed" });
  assert.equal(calls.length, 3);
});

test("a refusal is the backend's word that nothing was placed, first time or when asked again", async () => {
  const outOfStock = new StoreApiError(400, { type: "not_allowed", code: ERROR_CODES.insufficientInventory, message: "Miến dong Tài Hoan: 2 left." });
  const first = await place([outOfStock]);
  assert.deepEqual(first.completion, { status: "refused", error: outOfStock });
  assert.equal(first.calls.length, 1);

  const afterLoss = await place([networkDown(), outOfStock]);
  assert.deepEqual(afterLoss.completion, { status: "refused", error: outOfStock });
});

test("a cart Medusa kept, as the payment was not authorized, is said so", async () => {
  const { completion } = await place([{ keptBecause: "Payment authorization failed" }]);
  assert.deepEqual(completion, { status: "kept", message: "Payment authorization failed" });
});
