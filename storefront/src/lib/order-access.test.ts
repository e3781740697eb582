import assert from "node:assert/strict";
import { test } from "node:test";
import { KEPT_ORDERS, readOrderTokens, withOrderToken } from "./order-access";

const token = (n: number) => `${String(n).padStart(3, "0")}${"A".repeat(40)}`;

test("an order's token is kept first, and a newer one for the same order replaces it", () => {
  const one = withOrderToken(undefined, "order_01A", token(1));
  const two = withOrderToken(one, "order_01B", token(2));
  assert.deepEqual([...readOrderTokens(two)], [
    ["order_01B", token(2)],
    ["order_01A", token(1)],
  ]);
  assert.deepEqual([...readOrderTokens(withOrderToken(two, "order_01A", token(3)))], [
    ["order_01A", token(3)],
    ["order_01B", token(2)],
  ]);
  // Written in characters a cookie carries as they are.
  assert.equal(encodeURIComponent(two), two);
});

test(`only the newest ${KEPT_ORDERS} orders are kept, so the cookie stays small`, () => {
  let value: string | undefined;
  for (let n = 0; n < KEPT_ORDERS + 5; n++) value = withOrderToken(value, `order_01${n}`, token(n));
  const kept = readOrderTokens(value);
  assert.equal(kept.size, KEPT_ORDERS);
  assert.equal([...kept.keys()][0], `order_01${KEPT_ORDERS + 4}`);
  assert.equal(kept.has("order_010"), false);
  assert.ok(value!.length < 2_000);
});

test("a cookie changed by hand or by an older storefront gives only its well-formed entries", () => {
  assert.deepEqual([...readOrderTokens(undefined)], []);
  assert.deepEqual([...readOrderTokens("")], []);
  assert.deepEqual([...readOrderTokens(`garbage~order_01A.${token(1)}~order_01B.~.abc~order 01C.${token(3)}`)], [["order_01A", token(1)]]);
});
