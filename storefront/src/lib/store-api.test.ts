import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { ERROR_CODES } from "@ocop/domain/errors";
import { describeError, encodeQuery, isRefusal, retryAfterSeconds, STORE_API_TIMEOUT_MS, StoreApiError, StoreClient } from "./store-api";

const medusa = new StoreClient("http://backend.test", "pk_test");

type Call = { url: URL; init: RequestInit };
let calls: Call[];
const realFetch = globalThis.fetch;

function backend(answer: (call: Call) => Response | Promise<Response>) {
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const call = { url: new URL(input instanceof Request ? input.url : input), init: init ?? {} };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
}

beforeEach(() => {
  calls = [];
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

test("a refusal carries Medusa's type and the backend's code, so a form can name the field", async () => {
  backend(() =>
    Response.json(
      { type: "invalid_data", code: ERROR_CODES.invalidPhone, message: 'The phone number "0112345678" is not a Vietnamese mobile or landline number.' },
      { status: 400 },
    ),
  );
  const refusal = await medusa.fetch("/store/carts/cart_1", { method: "POST", body: { shipping_address: {} } }).catch((error) => error);
  assert.ok(refusal instanceof StoreApiError);
  assert.equal(refusal.status, 400);
  assert.equal(refusal.type, "invalid_data");
  assert.equal(refusal.code, "invalid_phone");
  assert.match(refusal.message, /not a Vietnamese mobile/);
  assert.equal(isRefusal(refusal, 400), true);
  assert.equal(isRefusal(refusal, 404), false);
  assert.equal(describeError(refusal), `${refusal.message} [400 invalid_phone]`);
});

test("a refusal without a JSON body still says its status, and a network failure is no refusal", async () => {
  backend(() => new Response("<html>Bad gateway</html>", { status: 502 }));
  const refusal = await medusa.fetch("/store/regions").catch((error) => error);
  assert.ok(refusal instanceof StoreApiError);
  assert.equal(refusal.status, 502);
  assert.equal(refusal.code, undefined);
  assert.equal(refusal.message, "The store API answered 502.");

  backend(() => {
    throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9000") });
  });
  const failure = await medusa.fetch("/store/regions").catch((error) => error);
  assert.equal(isRefusal(failure, 502), false);
  assert.equal(describeError(failure), "fetch failed (connect ECONNREFUSED 127.0.0.1:9000)");
});

test("every call gives up after the store API's time limit", async () => {
  const timeout = AbortSignal.timeout;
  const limits: number[] = [];
  AbortSignal.timeout = (milliseconds: number) => {
    limits.push(milliseconds);
    return AbortSignal.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
  };
  // A backend that never answers: only the signal ends the wait.
  backend(
    ({ init }) =>
      new Promise((_resolve, reject) => {
        const signal = init.signal as AbortSignal;
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener("abort", () => reject(signal.reason));
      }),
  );
  try {
    await assert.rejects(medusa.fetch("/store/products"), { name: "TimeoutError" });
    await assert.rejects(medusa.fetch("/store/regions"), { name: "TimeoutError" });
  } finally {
    AbortSignal.timeout = timeout;
  }
  assert.deepEqual(limits, [STORE_API_TIMEOUT_MS, STORE_API_TIMEOUT_MS], "one limit per call, not one shared by all");
});

test("each call sends the publishable key, and the buyer's token only when given", async () => {
  backend(() => Response.json({ cart: { id: "cart_1" } }));
  await medusa.fetch("/store/carts/cart_1", { token: "jwt-of-lan" });
  await medusa.fetch("/store/carts", { method: "POST", body: { region_id: "reg_1" } });
  const [mine, guest] = calls.map((call) => new Headers(call.init.headers));
  assert.equal(mine?.get("x-publishable-api-key"), "pk_test");
  assert.equal(mine?.get("authorization"), "Bearer jwt-of-lan");
  assert.equal(guest?.get("authorization"), null);
  assert.equal(guest?.get("content-type"), "application/json");
  assert.equal(calls[1]?.init.body, JSON.stringify({ region_id: "reg_1" }));
  assert.equal(calls[1]?.init.method, "POST");
});

test("a call's own headers go with it, never in place of the publishable key", async () => {
  backend(() => Response.json({ order: { id: "order_1" } }));
  await medusa.fetch("/store/orders/order_1", { headers: { "x-order-access-token": "token-of-order-1", "x-publishable-api-key": "pk_other" } });
  await medusa.fetch("/store/orders/order_2");
  const [first, second] = calls.map((call) => new Headers(call.init.headers));
  assert.equal(first?.get("x-order-access-token"), "token-of-order-1");
  assert.equal(first?.get("x-publishable-api-key"), "pk_test");
  assert.equal(second?.get("x-order-access-token"), null);
});

test("a read is cached only under the tags it names, else never", async () => {
  backend(() => Response.json({ regions: [] }));
  await medusa.fetch("/store/regions", { cache: { tags: ["regions"] } });
  await medusa.fetch("/store/products", { cache: { revalidate: 3600 } });
  await medusa.fetch("/store/carts/cart_1");
  assert.deepEqual(calls[0]?.init.next, { tags: ["regions"], revalidate: 60 });
  assert.deepEqual(calls[1]?.init.next, { tags: [], revalidate: 3600 });
  assert.equal(calls[2]?.init.cache, "no-store");
  assert.equal(calls[2]?.init.next, undefined);
});

test("queries are written the way Medusa's parser reads them: arrays and objects in brackets", () => {
  const query = encodeQuery({ id: ["prod_1", "prod_2"], variants: { ean: "8934701100115" }, limit: 2, q: "miến dong", region_id: undefined });
  assert.equal(decodeURIComponent(query), "id[0]=prod_1&id[1]=prod_2&variants[ean]=8934701100115&limit=2&q=miến+dong");
  assert.equal(new URLSearchParams(query).get("q"), "miến dong");
});

test("the base URL's own path is kept in front of the route", async () => {
  backend(() => Response.json({}));
  await new StoreClient("https://shop.example.vn/medusa/", "pk").fetch("/store/regions", { query: { limit: 1 } });
  assert.equal(calls[0]?.url.href, "https://shop.example.vn/medusa/store/regions?limit=1");
});

test("a refusal keeps the wait its Retry-After asks for, given in seconds or as a date", async () => {
  backend(() => new Response(JSON.stringify({ code: ERROR_CODES.tooManyAttempts }), { status: 429, headers: { "retry-after": "90" } }));
  const error = await medusa.fetch("/auth/customer/emailpass", { method: "POST", body: {} }).catch((refusal: unknown) => refusal);
  assert.ok(isRefusal(error, 429));
  assert.equal(error.retryAfterSeconds, 90);
  assert.equal(error.code, "too_many_attempts");

  const now = Date.parse("2026-07-01T08:00:00Z");
  assert.equal(retryAfterSeconds("Wed, 01 Jul 2026 08:02:00 GMT", now), 120);
  assert.equal(retryAfterSeconds("Wed, 01 Jul 2026 07:00:00 GMT", now), 0);
  assert.equal(retryAfterSeconds("soon", now), undefined);
  assert.equal(retryAfterSeconds(null, now), undefined);
});
