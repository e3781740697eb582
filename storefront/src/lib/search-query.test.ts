import assert from "node:assert/strict";
import { test } from "node:test";
import { hasSearchFilters, parseSearchPageQuery, searchPageParams } from "./search-query";

const known = { industries: new Set(["thuc-pham"]), productSets: new Set<string>(), provinces: new Set(["19", "37"]) };

test("a shared results link restores the query, facets, sort and page, and writes back the same URL", () => {
  const params = { q: "  mien dong ", stars: "5", industry: "thuc-pham", province: "19", in_stock: "1", sort: "newest", page: "2" };
  const { query, problems } = parseSearchPageQuery(params, known);
  assert.deepEqual(problems, []);
  assert.equal(query.q, "mien dong");
  assert.equal(query.stars, 5);
  assert.ok(hasSearchFilters(query));
  assert.deepEqual(searchPageParams(query), { ...params, q: "mien dong", stars: ["5"] });
});

test("an empty query with no filters gives the shortest URL; unknown values are reported", () => {
  const { query, problems } = parseSearchPageQuery({ q: "", province: "99" }, known);
  assert.deepEqual(searchPageParams(query), {});
  assert.ok(!hasSearchFilters(query));
  assert.deepEqual(problems, [{ kind: "province", value: "99" }]);
});
