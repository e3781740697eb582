import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { attachCart, authenticate, buyerAddress, listOrders, register, tokenClaims, tokenExpiry } from "./customer";
import { StoreClient } from "./store-api";

const store = new StoreClient("http://backend.test", "pk_test");

/** A JWT as Medusa issues them; the signature is never read by the storefront. */
function jwt(claims: object): string {
  return `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`;
}
const REGISTRATION_TOKEN = jwt({ actor_id: "", exp: 2_000_000_000 });
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

test("registering creates the login, then the customer with the registration token, then signs in", async () => {
  backend(({ method, path }) => {
    if (path === "/auth/customer/emailpass/register") return json(200, { token: REGISTRATION_TOKEN });
    if (method === "POST" && path === "/store/customers") return json(200, { customer: { id: "cus_1" } });
    if (path === "/auth/customer/emailpass") return json(200, { token: CUSTOMER_TOKEN });
    return json(404, {});
  });
  const result = await register(store, {
    email: "mai@example.vn",
    password: "mật-khẩu-dài",
    first_name: "Mai",
    last_name: "Trần Thị",
    phone: "0912345678",
  });
  assert.deepEqual(result, { ok: true, token: CUSTOMER_TOKEN });
  assert.deepEqual(
    calls.map((call) => call.path),
    ["/auth/customer/emailpass/register", "/store/customers", "/auth/customer/emailpass"],
  );
  const create = calls[1]!;
  assert.equal(create.headers.get("authorization"), `Bearer ${REGISTRATION_TOKEN}`);
  assert.deepEqual(create.body, { email: "mai@example.vn", first_name: "Mai", last_name: "Trần Thị", phone: "0912345678" });
  // The password goes only to the auth routes.
  assert.equal(JSON.stringify(create.body).includes("mật-khẩu"), false);
});

test("an email that already has a login or an account is refused in words that do not say it has one", async () => {
  backend(() =>
    json(401, {
      type: "unauthorized",
      message: "An account could not be made with this email. If you already have an account, sign in, or reset your password.",
    }),
  );
  const registration = { email: "buyer@ocop.example.vn", password: "another-one", first_name: "Lan", last_name: "Nguyễn", phone: "0912345678" };
  assert.deepEqual(await register(store, registration), { ok: false, reason: "registration_refused" });

  backend(({ path }) =>
    path === "/store/customers"
      ? json(422, { type: "duplicate_error", message: "Customer with this email already has an account" })
      : json(200, { token: REGISTRATION_TOKEN }),
  );
  assert.deepEqual(await register(store, registration), { ok: false, reason: "registration_refused" });
});

test("too many attempts are a wait of the backend's Retry-After, for signing in and for registering", async () => {
  const tooMany = () =>
    new Response(JSON.stringify({ type: "not_allowed", code: "too_many_attempts", message: "Wait 2 minutes and try again." }), {
      status: 429,
      headers: { "content-type": "application/json", "retry-after": "120" },
    });
  backend(tooMany);
  assert.deepEqual(await authenticate(store, "buyer@ocop.example.vn", "ocop-buyer-2025"), { ok: false, reason: "throttled", retryAfterSeconds: 120 });
  const registration = { email: "mai@example.vn", password: "mật-khẩu-dài", first_name: "Mai", last_name: "Trần Thị", phone: "0912345678" };
  assert.deepEqual(await register(store, registration), { ok: false, reason: "throttled", retryAfterSeconds: 120 });

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

test("a login left without its customer (the backend stopped in between) is finished, not refused", async () => {
  backend(() => json(200, { token: CUSTOMER_TOKEN }));
  const result = await register(store, { email: "a@b.vn", password: "12345678x", first_name: "A", last_name: "", phone: "0912345678" });
  assert.equal(result.ok, true);
  // The token already names a customer, so none is created a second time.
  assert.equal(
    calls.some((call) => call.path === "/store/customers"),
    false,
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
