import { test } from "node:test"
import assert from "node:assert/strict"
import { batchDatesProblem, digitalLinkPath, gtin13OfGtin14, gtin14Of, isScanCountSuspicious, lotCodeProblem, SCAN_FLAG_MULTIPLIER } from "./batches"

test("accepts lot codes GS1 AI 10 can carry in the safe set", () => {
  for (const lot of ["L2025-11A", "A", "lo.01_b", "12345678901234567890"]) assert.equal(lotCodeProblem(lot), null, lot)
})

test("refuses empty, too long, diacritics, spaces and slashes, saying why", () => {
  assert.match(lotCodeProblem("") ?? "", /needed/)
  assert.match(lotCodeProblem("123456789012345678901") ?? "", /at most 20/)
  for (const lot of ["Lô1", "L 1", "L/1", "L&1", "L%1"]) assert.match(lotCodeProblem(lot) ?? "", /only letters/, lot)
})

test("best-before must come after production, both real days", () => {
  assert.equal(batchDatesProblem("2025-11-01", "2026-11-01"), null)
  assert.match(batchDatesProblem("2025-11-01", "2025-11-01") ?? "", /must come after/)
  assert.match(batchDatesProblem("2025-11-02", "2025-11-01") ?? "", /must come after/)
  assert.match(batchDatesProblem("2025-02-30", "2026-01-01") ?? "", /production date/)
  assert.match(batchDatesProblem("2025-01-01", "01/02/2026") ?? "", /best-before/)
})

test("a GTIN-13 becomes a GTIN-14 with a leading zero and the same check digit, and back", () => {
  assert.equal(gtin14Of("8934588012228"), "08934588012228")
  assert.equal(gtin13OfGtin14("08934588012228"), "8934588012228")
  assert.equal(gtin13OfGtin14("08934588012227"), null)
  assert.equal(gtin13OfGtin14("18934588012228"), null)
  assert.equal(gtin13OfGtin14("8934588012228"), null)
  assert.throws(() => gtin14Of("8934588012227"), /not a GTIN-13/)
})

test("builds the Digital Link path /01/<GTIN-14>/10/<lot>", () => {
  assert.equal(digitalLinkPath("8934588012228", "L2025-11A"), "/01/08934588012228/10/L2025-11A")
  assert.throws(() => digitalLinkPath("8934588012228", "L/1"), /only letters/)
})

test("flags a batch scanned more than three times its quantity", () => {
  assert.equal(SCAN_FLAG_MULTIPLIER, 3)
  assert.equal(isScanCountSuspicious(300, 100), false)
  assert.equal(isScanCountSuspicious(301, 100), true)
})
