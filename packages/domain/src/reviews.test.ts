import assert from "node:assert/strict"
import { test } from "node:test"
import { TEXT_LIMITS } from "./input-limits"
import { compactCount, reviewerName, reviewProblem, summarizeRatings } from "./reviews"

test("a review needs a whole score from 1 to 5 and a text another buyer can use", () => {
  assert.equal(reviewProblem(undefined, "Nước mắm thơm, đậm vị."), "rating_required")
  assert.equal(reviewProblem(0, "Nước mắm thơm, đậm vị."), "rating_out_of_range")
  assert.equal(reviewProblem(6, "Nước mắm thơm, đậm vị."), "rating_out_of_range")
  assert.equal(reviewProblem(4.5, "Nước mắm thơm, đậm vị."), "rating_out_of_range")
  assert.equal(reviewProblem("5", "Nước mắm thơm, đậm vị."), "rating_out_of_range")
  assert.equal(reviewProblem(5, "   "), "body_required")
  assert.equal(reviewProblem(5, "Rất tốt"), "body_short")
  assert.equal(reviewProblem(5, "x".repeat(TEXT_LIMITS.reviewBody + 1)), "body_long")
  assert.equal(reviewProblem(5, "Nước mắm thơm, đậm vị."), undefined)
  // Counted in characters: ten Vietnamese letters with diacritics are ten.
  assert.equal(reviewProblem(4, "ngọt thơm ổn"), undefined)
})

test("a reviewer is named by the given name and the family initial", () => {
  assert.equal(reviewerName("Lan", "Nguyễn Thị"), "Lan N.")
  assert.equal(reviewerName("An", "đặng"), "An Đ.")
  assert.equal(reviewerName("Mai", ""), "Mai")
  assert.equal(reviewerName(null, null), "Người mua")
})

test("the summary is the approved ratings' average to one decimal, and none before the first", () => {
  assert.deepEqual(summarizeRatings([]), { average: null, count: 0 })
  assert.deepEqual(summarizeRatings([5, 4, 5]), { average: 4.7, count: 3 })
  assert.deepEqual(summarizeRatings([4]), { average: 4, count: 1 })
})

test("sold counts are written short from a thousand, with the language's decimal mark", () => {
  assert.equal(compactCount(0, "vi"), "0")
  assert.equal(compactCount(999, "vi"), "999")
  assert.equal(compactCount(1000, "vi"), "1k")
  assert.equal(compactCount(1234, "vi"), "1,2k")
  assert.equal(compactCount(12_560, "en"), "12.5k")
})
