import assert from "node:assert/strict"
import { test } from "node:test"
import { formatVnd } from "./money"

// Intl puts a no-break space between the amount and the symbol, so the two never wrap apart.
const NBSP = "\u00a0"

test("VND amounts read the Vietnamese way, with dots between thousands", () => {
  assert.equal(formatVnd(125000), `125.000${NBSP}₫`)
  assert.equal(formatVnd(1250000), `1.250.000${NBSP}₫`)
  assert.equal(formatVnd(0), `0${NBSP}₫`)
})
