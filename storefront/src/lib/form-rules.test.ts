import assert from "node:assert/strict";
import { test } from "node:test";
import { ERROR_CODES } from "@ocop/domain/errors";
import { addressRefusal, MAX_LENGTH, onlyProblems, phoneProblem, textProblem } from "./form-rules";

test("a phone must be a Vietnamese number, with the backend's code when it is not", () => {
  assert.equal(phoneProblem(""), "required");
  assert.equal(phoneProblem("12345"), ERROR_CODES.invalidPhone);
  assert.equal(phoneProblem("0112345678"), ERROR_CODES.invalidPhone, "no Vietnamese number starts with 01");
  assert.equal(phoneProblem("0912 345 678"), undefined);
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
