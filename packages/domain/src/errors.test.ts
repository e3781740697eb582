import assert from "node:assert/strict"
import { test } from "node:test"
import { DomainRuleError, ERROR_CODES, isErrorCode } from "./errors"

test("every listed code is an error code, and nothing else is", () => {
  for (const code of Object.values(ERROR_CODES)) assert.equal(isErrorCode(code), true, code)
  for (const code of ["invalidPhone", "INVALID_DATA", "not_found", "", 404, null, undefined]) {
    assert.equal(isErrorCode(code), false, String(code))
  }
})

test("a refusal carries its code and a sentence a person can act on", () => {
  const error = new DomainRuleError(ERROR_CODES.invalidPhone, "Use 10 digits starting with 0.")
  assert.ok(error instanceof Error)
  assert.equal(error.name, "DomainRuleError")
  assert.equal(error.code, "invalid_phone")
  assert.equal(error.message, "Use 10 digits starting with 0.")
})
