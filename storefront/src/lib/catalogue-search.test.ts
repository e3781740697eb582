import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { type CatalogueQuery, DEFAULT_QUERY } from "./catalogue-query";
import { catalogueFilters, keyedFacets, searchCatalogue } from "./catalogue-search";
import { type FacetDistribution, type ProductSearchRequest, searchProductsWith } from "./search";
import type { ProductSetWithIndustry } from "./types";

const food = { code: "1", handle: "thuc-pham", name_vi: "Thực phẩm", name_en: "Food" };
const drinks = { code: "2", handle: "do-uong", name_vi: "Đồ uống", name_en: "Drinks" };
const productSets: ProductSetWithIndustry[] = [
  { id: "pset_7", number: 7, handle: "tinh-bot", name_vi: "Bột, tinh bột", name_en: "Flour and starch", industry: food },
  { id: "pset_9", number: 9, handle: "che", name_vi: "Chè", name_en: "Tea", industry: drinks },
];

const query = (change: Partial<CatalogueQuery>): CatalogueQuery => ({ ...DEFAULT_QUERY, ...change });

type Asked = { filter: string[]; facets: string[]; limit: number; offset: number; sort?: string[]; tags?: string[] };
let asked: Asked[];
/** What the fake index answers for a request, by the facets it asks for. */
let answer: (request: Asked) => { hits?: unknown[]; estimatedTotalHits: number; facetDistribution: FacetDistribution };
const realFetch = globalThis.fetch;

beforeEach(() => {
  asked = [];
  globalThis.fetch = (async (_input: string | URL | Request, init?: RequestInit & { next?: { tags?: string[] } }) => {
    const request = { ...JSON.parse(String(init?.body)), tags: init?.next?.tags } as Asked;
    asked.push(request);
    return Response.json({ hits: [], ...answer(request) });
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** The catalogue's questions, put to a fake Meilisearch through the storefront's own search. */
const search = (request: ProductSearchRequest) =>
  searchProductsWith({ meilisearch: { host: "http://search.test", searchKey: "search-only-key", index: "products" }, store: null }, request);

test("the URL's handles become the index's codes; the price range and stock go along", () => {
  assert.deepEqual(
    catalogueFilters(query({ stars: [5, 4], industry: "do-uong", productSet: "tinh-bot", province: "37", priceMin: 50000, priceMax: 200000, inStock: true }), productSets),
    { starRatings: [5, 4], industryCode: "2", productSetNumber: 7, provinceCode: "37", priceMin: 50000, priceMax: 200000, inStock: true },
  );
  assert.deepEqual(catalogueFilters(DEFAULT_QUERY, productSets), {});
});

test("without a chosen facet one query gives the page and every count", async () => {
  answer = () => ({ estimatedTotalHits: 35, facetDistribution: { in_stock: { true: 33, false: 2 }, star_rating: { "5": 4, "4": 20 } } });
  const page = await searchCatalogue(query({ sort: "price_asc", page: 2 }), productSets, search);
  assert.equal(asked.length, 1);
  assert.deepEqual(asked[0]?.facets, ["star_rating", "industry", "product_set", "province", "in_stock"]);
  assert.deepEqual(asked[0]?.sort, ["price_vnd:asc"]);
  assert.equal(asked[0]?.offset, 24);
  assert.equal(asked[0]?.limit, 24);
  assert.deepEqual(asked[0]?.tags, ["products"], "cached until a product changes");
  assert.equal(page.count, 35);
  assert.equal(page.pageCount, 2);
  assert.deepEqual(Object.fromEntries(page.facets.stars), { 5: 4, 4: 20 });
});

test("a search asks every query with its words and is not cached, as any words can be typed", async () => {
  answer = () => ({ estimatedTotalHits: 2, facetDistribution: { in_stock: { true: 2 }, star_rating: { "5": 2 } } });
  const page = await searchCatalogue(query({ q: "mien dong", stars: [5] }), productSets, search);
  assert.deepEqual(
    asked.map((request) => [(request as { q?: string }).q, request.tags]),
    [
      // Submitted words match whole (search.ts, @ocop/domain/search-query).
      ["mien dong ", undefined],
      ["mien dong ", undefined],
    ],
  );
  assert.equal(page.engine, "meilisearch");
  assert.equal(page.count, 2);
});

test("a chosen facet is counted without its own filter, so its other values keep their counts", async () => {
  answer = (request) =>
    request.facets.includes("star_rating")
      ? { estimatedTotalHits: 0, facetDistribution: { star_rating: { "5": 4, "4": 20, "3": 6 } } }
      : request.facets.includes("province")
        ? { estimatedTotalHits: 0, facetDistribution: { province: { "Tỉnh Ninh Bình": 9, "Tỉnh Thái Nguyên": 3 } } }
        : { estimatedTotalHits: 3, facetDistribution: { in_stock: { true: 3 }, industry: { "Thực phẩm": 3 } } };
  const page = await searchCatalogue(query({ stars: [5], province: "37" }), productSets, search);

  const [main, ...counts] = asked;
  assert.deepEqual(main?.filter, ["star_rating = 5", 'province_code = "37"']);
  assert.deepEqual(main?.facets, ["industry", "product_set", "in_stock"]);
  assert.deepEqual(
    counts.map((request) => [request.facets, request.filter, request.limit]),
    [
      [["star_rating"], ['province_code = "37"'], 0],
      [["province"], ["star_rating = 5"], 0],
    ],
  );
  assert.equal(page.count, 3);
  assert.deepEqual(Object.fromEntries(page.facets.stars), { 5: 4, 4: 20, 3: 6 });
  assert.deepEqual(Object.fromEntries(page.facets.provinces), { 37: 9, 19: 3 });
  assert.deepEqual(Object.fromEntries(page.facets.industries), { "thuc-pham": 3 });
});

test("pages stop where the index stops answering, while the count stays exact", async () => {
  answer = () => ({ estimatedTotalHits: 1000, facetDistribution: { in_stock: { true: 49_000, false: 1_000 } } });
  const page = await searchCatalogue(DEFAULT_QUERY, productSets, search);
  assert.equal(page.count, 50_000);
  assert.equal(page.pageCount, 42, "the first 1,000 of them, 24 a page");
});

test("counts by names the panel does not know are left out", () => {
  const facets = keyedFacets({ star_rating: { "2": 1, "5": 2 }, product_set: { "Chè": 4, "Rượu": 1 }, province: { "Tỉnh Nam Định": 3 } }, productSets);
  assert.deepEqual(Object.fromEntries(facets.stars), { 5: 2 });
  assert.deepEqual(Object.fromEntries(facets.productSets), { che: 4 });
  assert.equal(facets.provinces.size, 0, "Nam Định is not a 2025 province");
});
