import { test } from "node:test"
import assert from "node:assert/strict"
import { gtin13Problem, gtinCheckDigit, isGtin13, vietnameseGtin13 } from "./gtin"

test("accepts real EAN-13 codes printed on goods", () => {
  for (const code of ["8934588012228", "4006381333931", "5901234123457", "9780306406157"]) {
    assert.equal(isGtin13(code), true, code)
  }
})

test("rejects a wrong check digit, wrong length or non-digits", () => {
  for (const code of ["8934588012227", "4006381333932", "893458801222", "89345880122280", "89345880122a8", "", " 8934588012228"]) {
    assert.equal(isGtin13(code), false, JSON.stringify(code))
  }
})

test("builds 893 + company + zero-padded item + check digit", () => {
  // 8·1+9·3+3·1+4·3+5·1+6·3+7·1+8·3+0·1+0·3+1·1+2·3 = 111, so the check digit is 9.
  assert.equal(vietnameseGtin13("45678", 12), "8934567800129")
  // The real code 8934588012228 is company 45880, item 1222.
  assert.equal(vietnameseGtin13("45880", 1222), "8934588012228")
  assert.equal(isGtin13(vietnameseGtin13("00000", 0)), true)
  assert.equal(isGtin13(vietnameseGtin13("99999", 9999)), true)
})

test("refuses references that do not fit the 893 layout", () => {
  assert.throws(() => vietnameseGtin13("4567", 1), /company reference/)
  assert.throws(() => vietnameseGtin13("456789", 1), /company reference/)
  assert.throws(() => vietnameseGtin13("45a78", 1), /company reference/)
  assert.throws(() => vietnameseGtin13("45678", 10000), /item reference/)
  assert.throws(() => vietnameseGtin13("45678", -1), /item reference/)
  assert.throws(() => vietnameseGtin13("45678", 1.5), /item reference/)
})

test("the check digit is computed over exactly 12 digits", () => {
  assert.equal(gtinCheckDigit("893470110011"), 5)
  assert.throws(() => gtinCheckDigit("89347011001"), /12 digits/)
})

test("says what is wrong with a code a producer typed, naming the check digit it should have", () => {
  assert.equal(gtin13Problem("8934588012228"), null)
  assert.equal(
    gtin13Problem("8934588012227"),
    "8934588012227 is not a valid GTIN-13: after 893458801222 the check digit is 8, not 7. Copy the code again from the barcode label.",
  )
  assert.match(gtin13Problem("893458801222") ?? "", /is not 13 digits/)
  assert.match(gtin13Problem("89345880122a8") ?? "", /is not 13 digits/)
})
