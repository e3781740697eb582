import assert from "node:assert/strict";
import { test } from "node:test";
import {
  catalogueSearchParams,
  withoutEmptyParams,
  chosenFilterCount,
  DEFAULT_QUERY,
  hasFilters,
  parseCatalogueQuery,
  SEARCH_QUERY_MAX_LENGTH,
  withoutFilters,
} from "./catalogue-query";

const known = {
  industries: new Set(["thuc-pham", "do-uong"]),
  productSets: new Set(["che-bien-tu-rau-cu-qua-hat"]),
  provinces: new Set(["19", "37"]),
};

test("a shared link restores the same words, filters, sort and page", () => {
  const params = {
    q: "  mien dong ",
    stars: ["5", "4"],
    industry: "thuc-pham",
    set: "che-bien-tu-rau-cu-qua-hat",
    province: "37",
    min_price: "50000",
    max_price: "200.000",
    in_stock: "1",
    sort: "price_asc",
    page: "2",
  };
  const { query, problems } = parseCatalogueQuery(params, known);
  assert.deepEqual(problems, []);
  assert.deepEqual(query, {
    q: "mien dong",
    stars: [5, 4],
    industry: "thuc-pham",
    productSet: "che-bien-tu-rau-cu-qua-hat",
    province: "37",
    priceMin: 50000,
    priceMax: 200000,
    inStock: true,
    sort: "price_asc",
    page: 2,
  });
  assert.deepEqual(parseCatalogueQuery(catalogueSearchParams(query), known).query, query);
});

test("empty form fields mean no filter, and the defaults leave the URL clean", () => {
  const { query, problems } = parseCatalogueQuery({ industry: "", province: "", min_price: "", sort: "featured" }, known);
  assert.deepEqual(problems, []);
  assert.deepEqual(query, DEFAULT_QUERY);
  assert.deepEqual(catalogueSearchParams(query), {});
});

test("bad values are ignored and reported, never thrown", () => {
  const { query, problems } = parseCatalogueQuery(
    { stars: ["9", "5"], industry: "vang-bac", province: "99", min_price: "rẻ", sort: "random", page: "-1" },
    known,
  );
  assert.deepEqual(query, { ...DEFAULT_QUERY, stars: [5] });
  assert.deepEqual(problems, [
    { kind: "stars", value: "9" },
    { kind: "industry", value: "vang-bac" },
    { kind: "province", value: "99" },
    { kind: "price", value: "rẻ" },
    { kind: "sort", value: "random" },
    { kind: "page", value: "-1" },
  ]);
});

test("a price range upside down is dropped as a whole", () => {
  const { query, problems } = parseCatalogueQuery({ min_price: "300000", max_price: "100000" }, known);
  assert.equal(query.priceMin, null);
  assert.equal(query.priceMax, null);
  assert.deepEqual(problems, [{ kind: "priceRange", min: 300000, max: 100000 }]);
});

test("the words are kept in NFC, cut to a sane length, and are not a filter: clearing filters keeps them", () => {
  const decomposed = "Mie\u0302\u0301n dong";
  const { query } = parseCatalogueQuery({ q: decomposed }, known);
  assert.equal(query.q, "Miến dong");
  assert.equal(query.q, query.q.normalize("NFC"));
  assert.ok(!hasFilters(query));
  assert.deepEqual(catalogueSearchParams(query), { q: "Miến dong" });
  assert.equal(parseCatalogueQuery({ q: "a".repeat(500) }, known).query.q.length, SEARCH_QUERY_MAX_LENGTH);
  const filtered = parseCatalogueQuery({ q: "mật ong", stars: "5", sort: "newest", page: "2" }, known).query;
  assert.ok(hasFilters(filtered));
  assert.deepEqual(catalogueSearchParams(withoutFilters(filtered)), { q: "mật ong", sort: "newest" });
});

test("the filter panel counts each chosen filter once: several stars are one, a price range is one", () => {
  assert.equal(chosenFilterCount(DEFAULT_QUERY), 0);
  assert.equal(chosenFilterCount({ ...DEFAULT_QUERY, q: "mật ong", sort: "newest", page: 3 }), 0);
  const { query } = parseCatalogueQuery({ stars: ["5", "4"], province: "37", min_price: "50000", max_price: "90000", in_stock: "1" }, known);
  assert.equal(chosenFilterCount(query), 4);
});

test("a filter form sent without JavaScript loses its empty fields and default sort, and keeps the rest as sent", () => {
  const sent = new URLSearchParams("q=mi%E1%BA%BFn&stars=5&stars=4&industry=&set=&province=&min_price=&max_price=50000&sort=featured");
  assert.equal(withoutEmptyParams(sent)?.toString(), "q=mi%E1%BA%BFn&stars=5&stars=4&max_price=50000");
  assert.equal(withoutEmptyParams(new URLSearchParams("stars=6&sort=newest")), null);
});
