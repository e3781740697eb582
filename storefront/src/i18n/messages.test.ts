import assert from "node:assert/strict";
import { test } from "node:test";
import en from "../../messages/en.json" with { type: "json" };
import vi from "../../messages/vi.json" with { type: "json" };

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

test("every Vietnamese message has its English translation and no English one is left over", () => {
  assert.deepEqual(keys(en).toSorted(), keys(vi).toSorted());
});

test("messages are stored in NFC, so Vietnamese diacritics compare and search as typed", () => {
  for (const messages of [vi, en]) {
    const text = JSON.stringify(messages);
    assert.equal(text, text.normalize("NFC"));
  }
});
