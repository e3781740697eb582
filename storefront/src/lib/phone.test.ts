import assert from "node:assert/strict";
import { test } from "node:test";
import { formatPhone, isVietnamesePhone, normalizePhone } from "./phone";

test("mobile numbers typed the usual ways are stored as +84 and nine digits", () => {
  for (const typed of ["0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84912345678", "+84 912 345 678", "84912345678", "0084912345678", "+84 (0)912 345 678"]) {
    assert.equal(normalizePhone(typed), "+84912345678", typed);
  }
  assert.equal(normalizePhone("0389 123 456"), "+84389123456");
  assert.equal(normalizePhone("0708123456"), "+84708123456");
  assert.equal(normalizePhone("0523123456"), "+84523123456");
});

test("landlines keep their area code: 02 and nine more digits", () => {
  assert.equal(normalizePhone("024 3825 1234"), "+842438251234");
  assert.equal(normalizePhone("(0228) 386 1234"), "+842283861234");
});

test("numbers that cannot be dialled in Vietnam are refused", () => {
  for (const typed of ["", "123", "091234567", "09123456789", "0112345678", "0412345678", "0612345678", "+1 415 555 0100", "+849123456", "không có", "0912a45678"]) {
    assert.equal(normalizePhone(typed), null, typed);
    assert.equal(isVietnamesePhone(typed), false, typed);
  }
});

test("a stored number reads back grouped the Vietnamese way", () => {
  assert.equal(formatPhone("+84912345678"), "0912 345 678");
  assert.equal(formatPhone("+842438251234"), "0243 825 1234");
});
