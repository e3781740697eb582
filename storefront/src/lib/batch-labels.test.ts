import assert from "node:assert/strict";
import { test } from "node:test";
import { LABELS_PER_SHEET, labelCount, MAX_SHEETS } from "./batch-labels";

test("prints one sheet unless asked, and never more than the sheets allowed", () => {
  assert.equal(labelCount(undefined), LABELS_PER_SHEET);
  assert.equal(labelCount("abc"), LABELS_PER_SHEET);
  assert.equal(labelCount("0"), LABELS_PER_SHEET);
  assert.equal(labelCount("2.5"), LABELS_PER_SHEET);
  assert.equal(labelCount("30"), 30);
  assert.equal(labelCount("100000"), LABELS_PER_SHEET * MAX_SHEETS);
});
