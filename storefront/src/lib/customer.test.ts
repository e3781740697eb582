import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { attachCart, authenticate, buyerAddress, confirmRegistration, listOrders, register, tokenClaims, tokenExpiry } from "./customer";
import { StoreClient } from "./store-api";

const store = new StoreClient("http://backend.test", "pk_test");

/** A JWT as Medusa issues them; the signature is never read by the storefront. */
function jwt(claims: object): string {
  return `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`;
}
const CUSTOMER_TOKEN = jwt({ actor_id: "cus_1", exp: 2_000_000_000 });

type Call = { method: string; path: string; search: URLSearchParams; headers: Headers; body: unknown };
let calls: Call[];
const realFetch = globalThis.fetch;
const realConsoleError = console.error;

/** Replaces fetch: each request is recorded and answered by `answer` from its method and path. */
function backend(answer: (call: Call) => Response) {
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const call = {
      method: init?.method ?? "GET",
      path: url.pathname,
      search: url.searchParams,
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
}

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

beforeEach(() => {
  calls = [];
  console.error = () => {};
});
afterEach(() => {
  globalThis.fetch = realFetch;
  console.error = realConsoleError;
});

test("a wrong password is told apart from a backend that does not answer", async () => {
  backend(() => json(401, { type: "unauthorized", message: "Invalid email or password" }));
  assert.deepEqual(await authenticate(store, "buyer@ocop.example.vn", "wrong"), { ok: false, reason: "wrong_credentials" });

  backend(() => {
    throw new TypeError("fetch failed");
  });
  assert.deepEqual(await authenticate(store, "buyer@ocop.example.vn", "ocop-buyer-2025"), { ok: false, reason: "unavailable" });

  backend(() => json(500, { message: "boom" }));
  assert.deepEqual(await authenticate(store, "buyer@ocop.example.vn", "ocop-buyer-2025"), { ok: false, reason: "unavailable" });
});

test("the right password of a login whose email is not confirmed is told by the backend's code, not its words", async () => {
  backend(() => json(401, { type: "unauthorized", code: "email_not_confirmed", message: "This email is not confirmed yet: …" }));
  assert.deepEqual(await authenticate(store, "mai@example.vn", "mật-khẩu-dài"), { ok: false, reason: "email_not_confirmed" });
  // Words alike without the code are a wrong password.
  backend(() => json(401, { type: "unauthorized", message: "This email is not confirmed yet: …" }));
  assert.deepEqual(await authenticate(store, "mai@example.vn", "mật-khẩu-dài"), { ok: false, reason: "wrong_credentials" });
});

const REGISTRATION = {
  email: "mai@example.vn",
  password: "mật-khẩu-dài",
  first_name: "Mai",
  last_name: "Trần Thị",
  phone: "0912345678",
  locale: "en",
} as const;

test("registering sends the form to the backend once, and ends on the inbox for every email", async () => {
  backend(({ path }) =>
    path === "/store/registrations" ? json(202, { registration: { email: "mai@example.vn", status: "check_inbox" } }) : json(404, {}),
  );
  assert.deepEqual(await register(store, REGISTRATION, "198.51.100.4"), { ok: true, email: "mai@example.vn" });
  assert.deepEqual(
    calls.map((call) => [call.method, call.path, call.headers.get("x-forwarded-for"), call.headers.get("authorization")]),
    [["POST", "/store/registrations", "198.51.100.4", null]],
  );
  assert.deepEqual(calls[0]!.body, REGISTRATION);
});

test("a registration the backend refuses, or cannot take, is told apart from a wait", async () => {
  backend(() => json(400, { type: "invalid_data", message: "phone is not a Vietnamese mobile or landline number" }));
  assert.deepEqual(await register(store, REGISTRATION), { ok: false, reason: "refused" });
  backend(() => json(500, { message: "boom" }));
  assert.deepEqual(await register(store, REGISTRATION), { ok: false, reason: "unavailable" });
  backend(() => {
    throw new TypeError("fetch failed");
  });
  assert.deepEqual(await register(store, REGISTRATION), { ok: false, reason: "unavailable" });
});

test("confirming the link gives the session of the customer it made", async () => {
  backend(({ method, path }) => (method === "POST" && path === "/store/registrations/confirm" ? json(200, { token: CUSTOMER_TOKEN }) : json(404, {})));
  assert.deepEqual(await confirmRegistration(store, "link.token"), { ok: true, token: CUSTOMER_TOKEN });
  assert.deepEqual(calls[0]!.body, { token: "link.token" });
  assert.equal(calls[0]!.headers.get("authorization"), null);
});

test("a link the backend refuses says why by its code: register again, or sign in", async () => {
  const refusing = (status: number, body: object) => () => json(status, body);
  const cases: [number, object, string][] = [
    [400, { type: "invalid_data", code: "email_link_invalid", message: "…" }, "link_invalid"],
    [400, { type: "invalid_data", code: "email_link_expired", message: "…" }, "link_expired"],
    [409, { type: "conflict", code: "email_already_confirmed", message: "…" }, "already_confirmed"],
    // A token too long or empty is refused by the body's validation, with no code: no link we sent.
    [400, { type: "invalid_data", message: "Invalid request: …" }, "link_invalid"],
    [500, { message: "boom" }, "unavailable"],
  ];
  for (const [status, body, reason] of cases) {
    backend(refusing(status, body));
    assert.deepEqual(await confirmRegistration(store, "link.token"), { ok: false, reason }, JSON.stringify(body));
  }
});

test("too many attempts are a wait of the backend's Retry-After, for signing in and for registering", async () => {
  const tooMany = () =>
    new Response(JSON.stringify({ type: "not_allowed", code: "too_many_attempts", message: "Wait 2 minutes and try again." }), {
      status: 429,
      headers: { "content-type": "application/json", "retry-after": "120" },
    });
  backend(tooMany);
  assert.deepEqual(await authenticate(store, "buyer@ocop.example.vn", "ocop-buyer-2025"), { ok: false, reason: "throttled", retryAfterSeconds: 120 });
  assert.deepEqual(await register(store, REGISTRATION), { ok: false, reason: "throttled", retryAfterSeconds: 120 });

  // A proxy's 429 without Retry-After still asks for a wait, a minute.
  backend(() => new Response("Too Many Requests", { status: 429 }));
  assert.deepEqual(await authenticate(store, "buyer@ocop.example.vn", "ocop-buyer-2025"), { ok: false, reason: "throttled", retryAfterSeconds: 60 });
});

test("the buyer's address goes to the auth calls as the last X-Forwarded-For entry this server received", async () => {
  assert.equal(buyerAddress("6.6.6.6, 198.51.100.4"), "198.51.100.4");
  assert.equal(buyerAddress("2001:db8::7"), "2001:db8::7");
  assert.equal(buyerAddress(null), undefined);
  assert.equal(buyerAddress(" , "), undefined);

  backend(() => json(401, { type: "unauthorized", message: "Invalid email or password" }));
  await authenticate(store, "buyer@ocop.example.vn", "wrong", "198.51.100.4");
  await authenticate(store, "buyer@ocop.example.vn", "wrong");
  assert.deepEqual(
    calls.map((call) => call.headers.get("x-forwarded-for")),
    ["198.51.100.4", null],
  );
});

test("the buyer's token travels in each call's own header and is never kept by the shared client", async () => {
  backend(({ path }) => (path === "/store/orders" ? json(200, { orders: [] }) : json(200, { cart: {} })));
  await listOrders(store, CUSTOMER_TOKEN);
  await attachCart(store, "cart_1", CUSTOMER_TOKEN);
  await store.fetch("/store/carts/cart_2");
  assert.deepEqual(
    calls.map((call) => [call.method, call.path, call.headers.get("authorization")]),
    [
      ["GET", "/store/orders", `Bearer ${CUSTOMER_TOKEN}`],
      ["POST", "/store/carts/cart_1/customer", `Bearer ${CUSTOMER_TOKEN}`],
      ["GET", "/store/carts/cart_2", null],
    ],
  );
});

test("the orders list asks for one page, newest first, and says how many orders there are in all", async () => {
  backend(() => json(200, { orders: [{ id: "order_41" }], count: 41, limit: 20, offset: 40 }));
  const page = await listOrders(store, CUSTOMER_TOKEN, 3);
  assert.deepEqual(page, { orders: [{ id: "order_41" }], count: 41 });
  const [call] = calls;
  assert.equal(call?.search.get("limit"), "20");
  assert.equal(call?.search.get("offset"), "40");
  assert.equal(call?.search.get("order"), "-created_at");
});

test("the cookie expires with the token, and a malformed token has no claims", () => {
  assert.equal(tokenExpiry(CUSTOMER_TOKEN)?.toISOString(), new Date(2_000_000_000 * 1000).toISOString());
  assert.equal(tokenClaims(CUSTOMER_TOKEN)?.actor_id, "cus_1");
  assert.equal(tokenClaims("not-a-jwt"), null);
  assert.equal(tokenExpiry("a.bm90IGpzb24.c"), undefined);
});
