import assert from "node:assert/strict";
import { test } from "node:test";
import { hasEveryWord, KIND_SCORE_THRESHOLD, NAME_SCORE_THRESHOLD, PRODUCT_KIND_ATTRIBUTES, PRODUCT_NAME_ATTRIBUTES, productSearchPasses, TEXT_SCORE_THRESHOLD } from "./search-query";

test("a submitted query matches whole words: the names first, the kind of product, then every text with every word", () => {
  const [names, kinds, texts, ...rest] = productSearchPasses("  Mật   ong ".normalize("NFD"));
  assert.deepEqual(names, { q: "Mật ong ", matchingStrategy: "frequency", rankingScoreThreshold: NAME_SCORE_THRESHOLD, attributesToSearchOn: [...PRODUCT_NAME_ATTRIBUTES] });
  assert.deepEqual(kinds, { q: "Mật ong ", matchingStrategy: "all", rankingScoreThreshold: KIND_SCORE_THRESHOLD, attributesToSearchOn: [...PRODUCT_KIND_ATTRIBUTES] });
  assert.deepEqual(texts, { q: "Mật ong ", matchingStrategy: "all", rankingScoreThreshold: TEXT_SCORE_THRESHOLD });
  assert.equal(rest.length, 0);
  assert.ok(NAME_SCORE_THRESHOLD < TEXT_SCORE_THRESHOLD);
});

test("while typing the last word stays a prefix; an empty query lists everything", () => {
  assert.equal(productSearchPasses("mat o", { asYouType: true })[0]?.q, "mat o");
  assert.deepEqual(productSearchPasses("   "), [{ q: "", matchingStrategy: "frequency" }]);
});

test("the fallback's rule: every query word is a whole word of the texts, with or without diacritics", () => {
  assert.ok(hasEveryWord(["Mật ong rừng Hương Rừng"], "mat ong"));
  assert.ok(hasEveryWord(["Miến dong Tài Hoan", "HTX Tài Hoan"], "MIẾN  tài hoan"));
  assert.ok(hasEveryWord(["Nước mắm sá sùng Vân Đồn"], "van don"));
  assert.ok(!hasEveryWord(["Kẹo cu đơ Phong Nga"], "ong"));
  assert.ok(!hasEveryWord(["Hộ kinh doanh Trần Văn Dương"], "dong"));
  assert.ok(!hasEveryWord(["Mật ong rừng Hương Rừng"], "mat ong mien"));
  assert.ok(hasEveryWord([null, "Trà gừng"], "  "));
});

test("while typing, the last word may be the start of one: the counter finds as the staff type", () => {
  assert.ok(hasEveryWord(["Miến dong Tài Hoan"], "mien do", { asYouType: true }));
  assert.ok(hasEveryWord(["Bánh nhãn Tết Vua"], "banh nh", { asYouType: true }));
  assert.ok(!hasEveryWord(["Miến dong Tài Hoan"], "mien do"));
  assert.ok(!hasEveryWord(["Miến dong Tài Hoan"], "mie dong", { asYouType: true }));
  assert.ok(!hasEveryWord(["Miến dong Tài Hoan"], "mien x", { asYouType: true }));
});
