import assert from "node:assert/strict";
import { test } from "node:test";
import { ERROR_CODES } from "@ocop/domain/errors";
import {
  addressRefusal,
  emailProblem,
  MAX_LENGTH,
  normalizeEmail,
  onlyProblems,
  passwordProblem,
  phoneProblem,
  textProblem,
} from "./form-rules";

test("emails are compared in lower case and must look like an address, in checkout and the account alike", () => {
  assert.equal(normalizeEmail("  Buyer@OCOP.example.vn "), "buyer@ocop.example.vn");
  assert.equal(emailProblem(""), "required");
  assert.equal(emailProblem("buyer@ocop"), "invalid_email");
  assert.equal(emailProblem("buyer@ocop..vn"), "invalid_email", "an empty part of the domain");
  assert.equal(emailProblem("buyer ocop@example.vn"), "invalid_email");
  assert.equal(emailProblem(`${"a".repeat(250)}@b.vn`), "invalid_email", "longer than an address may be");
  assert.equal(emailProblem("buyer@ocop.example.vn"), undefined);
});

test("a phone must be a Vietnamese number, with the backend's code when it is not", () => {
  assert.equal(phoneProblem(""), "required");
  assert.equal(phoneProblem("12345"), ERROR_CODES.invalidPhone);
  assert.equal(phoneProblem("0112345678"), ERROR_CODES.invalidPhone, "no Vietnamese number starts with 01");
  assert.equal(phoneProblem("0912 345 678"), undefined);
});

test("a password is refused when it is short or the first thing anyone would guess", () => {
  assert.equal(passwordProblem("", "a@b.vn"), "required");
  assert.equal(passwordProblem("1234567", "a@b.vn"), "password_short");
  assert.equal(passwordProblem("11111111", "a@b.vn"), "password_guessable");
  assert.equal(passwordProblem("Lan.nguyen", "lan.nguyen@example.vn"), "password_guessable");
  assert.equal(passwordProblem("ocop-buyer-2025", "buyer@ocop.example.vn"), undefined);
});

test("a text is required and has its field's limit; only the fields with a problem are kept", () => {
  assert.equal(textProblem("", MAX_LENGTH.street), "required");
  assert.equal(textProblem("x".repeat(MAX_LENGTH.fullName + 1), MAX_LENGTH.fullName), "too_long");
  assert.deepEqual(onlyProblems({ fullName: undefined, street: "required" }), { street: "required" });
});

test("each of the backend's address codes names the field the buyer must fix", () => {
  assert.deepEqual(addressRefusal(ERROR_CODES.invalidPhone), { phone: "invalid_phone" });
  assert.deepEqual(addressRefusal(ERROR_CODES.unknownProvince), { provinceCode: "unknown_province" });
  assert.deepEqual(addressRefusal(ERROR_CODES.provinceNameMismatch), { provinceCode: "unknown_province" });
  assert.deepEqual(addressRefusal(ERROR_CODES.communeNotInProvince), { communeCode: "commune_not_in_province" });
  assert.deepEqual(addressRefusal(ERROR_CODES.communeNameMismatch), { communeCode: "commune_not_in_province" });
  assert.deepEqual(addressRefusal(ERROR_CODES.missingUnitCodes), { communeCode: "required" });
});

test("a refusal that is not about an address names no field, whatever its message says", () => {
  assert.equal(addressRefusal(ERROR_CODES.producerNotApproved), null);
  assert.equal(addressRefusal("invalid_data"), null);
  assert.equal(addressRefusal(undefined), null);
});
