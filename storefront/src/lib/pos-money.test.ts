import assert from "node:assert/strict";
import { test } from "node:test";
import { groupDong, parseDong } from "./pos-money";

test("an amount is read with or without the dots that group its thousands", () => {
  assert.deepEqual(parseDong("500.000"), { ok: true, amount: 500_000 });
  assert.deepEqual(parseDong("500000"), { ok: true, amount: 500_000 });
  assert.deepEqual(parseDong(" 1 234 000 ₫ "), { ok: true, amount: 1_234_000 });
  assert.deepEqual(parseDong("0"), { ok: true, amount: 0 });
});

test("what is not whole đồng is refused with a Vietnamese sentence", () => {
  for (const typed of ["", "12,5", "-5000", "5.00", "abc", "50.0000"]) {
    const parsed = parseDong(typed, "Tiền đầu ca");
    assert.equal(parsed.ok, false, typed);
    if (!parsed.ok) assert.match(parsed.message, /^Tiền đầu ca/);
  }
});

test("an amount is shown grouped by dots", () => {
  assert.equal(groupDong(1_234_000), "1.234.000");
});
