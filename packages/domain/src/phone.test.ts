import assert from "node:assert/strict"
import { test } from "node:test"
import { formatPhone, normalizePhone, parseVietnamesePhone } from "./phone"

test("a mobile number is read however the buyer groups or prefixes it", () => {
  for (const typed of ["0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678", "+84-912-345-678"]) {
    assert.deepEqual(parseVietnamesePhone(typed), { national: "0912345678", e164: "+84912345678" }, typed)
  }
  assert.equal(normalizePhone("0389 123 456"), "0389123456")
})

test("an 11-digit landline with its area code is a phone number too", () => {
  assert.equal(normalizePhone("(024) 3825 1234"), "02438251234")
  assert.equal(normalizePhone("0228 3866 123"), "02283866123")
})

test("numbers of the wrong length, prefix or characters are refused", () => {
  for (const typed of ["", "091234567", "09123456789", "0112345678", "0612345678", "+1 912 345 678", "0912-ABC-678", "+84 0912 345 678"]) {
    assert.equal(normalizePhone(typed), null, typed)
  }
})

test("a stored number reads back grouped: four digits, three, then the rest", () => {
  assert.equal(formatPhone("0912345678"), "0912 345 678")
  assert.equal(formatPhone("+84912345678"), "0912 345 678")
  assert.equal(formatPhone("02438251234"), "0243 825 1234")
  assert.equal(formatPhone("không rõ"), "không rõ")
})
