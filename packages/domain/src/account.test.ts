import assert from "node:assert/strict"
import { test } from "node:test"
import { emailProblem, normalizeEmail, passwordProblem } from "./account"
import { TEXT_LIMITS } from "./input-limits"

test("emails are compared in lower case and NFC and must look like an address", () => {
  assert.equal(normalizeEmail("  Buyer@OCOP.example.vn "), "buyer@ocop.example.vn")
  assert.equal(normalizeEmail("Hoa\u0300@example.vn"), "hoà@example.vn")
  assert.equal(emailProblem(""), "required")
  assert.equal(emailProblem("buyer@ocop"), "invalid_email")
  assert.equal(emailProblem("buyer@ocop..vn"), "invalid_email", "an empty part of the domain")
  assert.equal(emailProblem("buyer ocop@example.vn"), "invalid_email")
  assert.equal(emailProblem(`${"a".repeat(250)}@b.vn`), "invalid_email", "longer than an address may be")
  assert.equal(emailProblem("buyer@ocop.example.vn"), undefined)
})

test("a password is refused when it is short, longer than its limit, or the first thing anyone would guess", () => {
  assert.equal(passwordProblem("", "a@b.vn"), "required")
  assert.equal(passwordProblem("1234567", "a@b.vn"), "password_short")
  assert.equal(passwordProblem("x1".repeat(TEXT_LIMITS.password), "a@b.vn"), "too_long")
  assert.equal(passwordProblem("11111111", "a@b.vn"), "password_guessable")
  assert.equal(passwordProblem("Lan.nguyen", "lan.nguyen@example.vn"), "password_guessable")
  assert.equal(passwordProblem("ocop-buyer-2025", "buyer@ocop.example.vn"), undefined)
  assert.equal(passwordProblem(" mật khẩu dài ", "buyer@ocop.example.vn"), undefined, "spaces and diacritics are part of it")
})
