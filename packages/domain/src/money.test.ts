import assert from "node:assert/strict"
import { test } from "node:test"
import { formatVnd, isVndAmount } from "./money"

// Intl puts a no-break space between the amount and the symbol, so the two never wrap apart.
const NBSP = "\u00a0"

test("VND amounts read the Vietnamese way, with dots between thousands", () => {
  assert.equal(formatVnd(125000), `125.000${NBSP}₫`)
  assert.equal(formatVnd(1250000), `1.250.000${NBSP}₫`)
  assert.equal(formatVnd(0), `0${NBSP}₫`)
})

test("an amount of money is whole, non-negative đồng", () => {
  for (const amount of [0, 1, 125000, Number.MAX_SAFE_INTEGER]) assert.equal(isVndAmount(amount), true, String(amount))
  for (const amount of [-1, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, "125000", null, undefined]) {
    assert.equal(isVndAmount(amount), false, String(amount))
  }
})
