import assert from "node:assert/strict";
import { test } from "node:test";
import { hasHighlight, highlightPieces } from "./highlight";

test("a whole word Meilisearch marked stays marked", () => {
  assert.deepEqual(highlightPieces("<mark>Miến</mark> <mark>dong</mark> Tài Hoan"), [
    { text: "Miến", marked: true },
    { text: " ", marked: false },
    { text: "dong", marked: true },
    { text: " Tài Hoan", marked: false },
  ]);
  assert.deepEqual(highlightPieces("Nước mắm (<mark>Vân Đồn</mark>)"), [
    { text: "Nước mắm (", marked: false },
    { text: "Vân Đồn", marked: true },
    { text: ")", marked: false },
  ]);
});

test("'dong' never marks inside 'doanh': a mark that starts or ends inside a word is plain text", () => {
  assert.deepEqual(highlightPieces("Hộ kinh <mark>do</mark>anh Tài Hoan"), [{ text: "Hộ kinh doanh Tài Hoan", marked: false }]);
  assert.deepEqual(highlightPieces("Hộ kinh d<mark>oanh</mark>"), [{ text: "Hộ kinh doanh", marked: false }]);
  assert.deepEqual(highlightPieces("Hộ kinh do<mark>an</mark>h"), [{ text: "Hộ kinh doanh", marked: false }]);
  assert.equal(hasHighlight("Hộ kinh <mark>Do</mark>anh"), false);
  // Decomposed text: a combining mark after the highlight is still inside the word.
  assert.equal(hasHighlight("<mark>Mie</mark>\u0302\u0301n dong"), false);
});

test("a whole word beside a part-word mark keeps its own mark", () => {
  assert.deepEqual(highlightPieces("<mark>Miến</mark> <mark>do</mark>anh"), [
    { text: "Miến", marked: true },
    { text: " doanh", marked: false },
  ]);
});
