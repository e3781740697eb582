import assert from "node:assert/strict";
import { test } from "node:test";
import { fullName } from "@/lib/customer";
import { emailError, normalizeEmail, passwordError, phoneError, safeReturnPath, splitFullName, text } from "./validation";

test("a Vietnamese full name keeps the given name last and comes back the same", () => {
  const name = splitFullName("Nguyễn  Thị Lan");
  assert.deepEqual(name, { first_name: "Lan", last_name: "Nguyễn Thị" });
  assert.equal(fullName(name), "Nguyễn Thị Lan");
  assert.deepEqual(splitFullName("Lan"), { first_name: "Lan", last_name: "" });
  assert.equal(fullName({ first_name: "Lan", last_name: null }), "Lan");
  assert.equal(fullName({ first_name: "Trần Thị Mai", last_name: "" }), "Trần Thị Mai");
});

test("emails are compared in lower case and must look like an address", () => {
  assert.equal(normalizeEmail("  Buyer@OCOP.example.vn "), "buyer@ocop.example.vn");
  assert.equal(emailError(""), "required");
  assert.equal(emailError("buyer@ocop"), "emailInvalid");
  assert.equal(emailError("buyer ocop@example.vn"), "emailInvalid");
  assert.equal(emailError("buyer@ocop.example.vn"), undefined);
});

test("a password is refused when it is short or the first thing anyone would guess", () => {
  assert.equal(passwordError("", "a@b.vn"), "required");
  assert.equal(passwordError("1234567", "a@b.vn"), "passwordShort");
  assert.equal(passwordError("11111111", "a@b.vn"), "passwordGuessable");
  assert.equal(passwordError("Lan.nguyen", "lan.nguyen@example.vn"), "passwordGuessable");
  assert.equal(passwordError("ocop-buyer-2025", "buyer@ocop.example.vn"), undefined);
});

test("form text is trimmed and stored in NFC, so a decomposed 'Hải' matches the composed one", () => {
  const form = new FormData();
  form.set("name", "  Ha\u0309i Hâ\u0323u ");
  assert.equal(text(form, "name"), "Hải Hậu");
  assert.equal(text(form, "missing"), "");
});

test("only a path on this site is a place to return to after signing in", () => {
  assert.equal(safeReturnPath("/tai-khoan/don-hang"), "/tai-khoan/don-hang");
  assert.equal(safeReturnPath("/en/account/addresses?edit=addr_1"), "/en/account/addresses?edit=addr_1");
  for (const unsafe of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined, 42]) {
    assert.equal(safeReturnPath(unsafe), undefined, String(unsafe));
  }
});

test("a phone must be a Vietnamese number", () => {
  assert.equal(phoneError(""), "required");
  assert.equal(phoneError("12345"), "phoneInvalid");
  assert.equal(phoneError("0912 345 678"), undefined);
});
