import assert from "node:assert/strict"
import { it } from "node:test"
import { passwordProblem } from "./password"

it("refuses a missing, short or guessable password and takes any other as typed", () => {
  assert.equal(passwordProblem("", "lan@htx.example.vn"), "required")
  assert.equal(passwordProblem("1234567", "lan@htx.example.vn"), "password_short")
  assert.equal(passwordProblem("aaaaaaaaaa", "lan@htx.example.vn"), "password_guessable")
  assert.equal(passwordProblem("Lan@HTX.example.vn", "lan@htx.example.vn"), "password_guessable")
  assert.equal(passwordProblem("LAN12345".toLowerCase(), "lan12345@htx.example.vn"), "password_guessable")
  assert.equal(passwordProblem("  mien dong 2025 ", "lan@htx.example.vn"), undefined)
})
