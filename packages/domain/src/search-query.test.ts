import assert from "node:assert/strict";
import { test } from "node:test";
import { NAME_SCORE_THRESHOLD, PRODUCT_NAME_ATTRIBUTES, productSearchPasses, TEXT_SCORE_THRESHOLD } from "./search-query";

test("a submitted query matches whole words: the names first, then every text with every word", () => {
  const [names, texts, ...rest] = productSearchPasses("  Mật   ong ".normalize("NFD"));
  assert.deepEqual(names, { q: "Mật ong ", matchingStrategy: "frequency", rankingScoreThreshold: NAME_SCORE_THRESHOLD, attributesToSearchOn: [...PRODUCT_NAME_ATTRIBUTES] });
  assert.deepEqual(texts, { q: "Mật ong ", matchingStrategy: "all", rankingScoreThreshold: TEXT_SCORE_THRESHOLD });
  assert.equal(rest.length, 0);
  assert.ok(NAME_SCORE_THRESHOLD < TEXT_SCORE_THRESHOLD);
});

test("while typing the last word stays a prefix; an empty query lists everything", () => {
  assert.equal(productSearchPasses("mat o", { asYouType: true })[0]?.q, "mat o");
  assert.deepEqual(productSearchPasses("   "), [{ q: "", matchingStrategy: "frequency" }]);
});
