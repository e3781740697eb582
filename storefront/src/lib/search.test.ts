import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { NAME_SCORE_THRESHOLD, PRODUCT_KIND_ATTRIBUTES, PRODUCT_NAME_ATTRIBUTES, TEXT_SCORE_THRESHOLD } from "@ocop/domain/search-query";
import { highlightPieces } from "./highlight";
import { meilisearchFilter, postgresSearchParams, searchProductsWith } from "./search";
import { searchHit } from "./search-hit-fixture";
import { StoreClient } from "./store-api";

const meilisearch = { host: "http://search.test", searchKey: "search-only-key", index: "products" };
const store = new StoreClient("http://backend.test", "pk_test");

const mienDong = searchHit();

type Call = { url: URL; init: RequestInit | undefined };
let calls: Call[];
const realFetch = globalThis.fetch;

/** Replaces fetch with one that records each request and answers it with `answer`. */
function fakeFetch(answer: (url: URL, init: RequestInit | undefined) => Response | Promise<Response>) {
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    calls.push({ url, init });
    return answer(url, init);
  }) as typeof fetch;
}

beforeEach(() => {
  calls = [];
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

test("every filter becomes a Meilisearch filter expression on the index's codes", () => {
  assert.deepEqual(meilisearchFilter({}), []);
  assert.deepEqual(
    meilisearchFilter({ starRatings: [5], industryCode: "1", productSetNumber: 7, provinceCode: "19", inStock: true }),
    ['star_rating = 5', 'industry_code = "1"', "product_set_number = 7", 'province_code = "19"', "in_stock = true"],
  );
  assert.deepEqual(
    meilisearchFilter({ starRatings: [5, 4], producerHandle: "htx-tai-hoan", notProducerHandle: "huong-rung", priceMin: 50000, priceMax: 120000 }),
    ["star_rating IN [5, 4]", 'producer_handle = "htx-tai-hoan"', 'producer_handle != "huong-rung"', "price_vnd >= 50000", "price_vnd <= 120000"],
  );
  // A crafted value stays one quoted string instead of widening the filter.
  assert.deepEqual(meilisearchFilter({ provinceCode: '19" OR star_rating = 3 OR "' }), [
    'province_code = "19\\" OR star_rating = 3 OR \\""',
  ]);
});

test("a search asks Meilisearch with the search-only key, the filters, the sort and <mark> highlights", async () => {
  fakeFetch(() =>
    Response.json({
      hits: [{ ...mienDong, _formatted: { title: "<mark>Miến</mark> <mark>dong</mark> Tài Hoan" } }],
      estimatedTotalHits: 1,
      facetDistribution: { star_rating: { "5": 1 } },
    }),
  );
  const result = await searchProductsWith(
    { meilisearch, store },
    { q: "mien dong", filters: { starRatings: [5] }, sort: "price_asc", limit: 24, facets: ["star_rating"] },
  );
  assert.equal(result.engine, "meilisearch");
  assert.equal(result.total, 1);
  assert.deepEqual(result.facets, { star_rating: { "5": 1 } });

  const [call] = calls;
  assert.equal(call?.url.href, "http://search.test/indexes/products/search");
  assert.equal(new Headers(call?.init?.headers).get("authorization"), "Bearer search-only-key");
  const body = JSON.parse(String(call?.init?.body));
  // A submitted query: whole words, on the product's names, only hits about it.
  assert.equal(body.q, "mien dong ");
  assert.equal(body.matchingStrategy, "frequency");
  assert.equal(body.rankingScoreThreshold, NAME_SCORE_THRESHOLD);
  assert.deepEqual(body.attributesToSearchOn, [...PRODUCT_NAME_ATTRIBUTES]);
  assert.equal(calls.length, 1);
  assert.deepEqual(body.filter, ["star_rating = 5"]);
  assert.deepEqual(body.sort, ["price_vnd:asc"]);
  assert.equal(body.highlightPreTag, "<mark>");
  assert.equal(body.highlightPostTag, "</mark>");

  assert.deepEqual(highlightPieces(result.hits[0]?._formatted?.title ?? ""), [
    { text: "Miến", marked: true },
    { text: " ", marked: false },
    { text: "dong", marked: true },
    { text: " Tài Hoan", marked: false },
  ]);
});

test("a query the names and the kind of product do not answer is searched again over every text, asking for every word", async () => {
  fakeFetch((_url, init) => {
    const body = JSON.parse(String(init?.body));
    return Response.json(body.attributesToSearchOn ? { hits: [], estimatedTotalHits: 0 } : { hits: [mienDong], estimatedTotalHits: 1 });
  });
  const result = await searchProductsWith({ meilisearch, store }, { q: "trung  thu", limit: 24 });
  assert.deepEqual(result.hits.map((hit) => hit.handle), ["mien-dong-tai-hoan"]);
  const [names, kinds, texts] = calls.map((call) => JSON.parse(String(call.init?.body)));
  assert.equal(calls.length, 3);
  assert.equal(names.q, "trung thu ");
  assert.deepEqual(kinds.attributesToSearchOn, [...PRODUCT_KIND_ATTRIBUTES]);
  assert.equal(kinds.matchingStrategy, "all");
  assert.equal(texts.q, "trung thu ");
  assert.equal(texts.matchingStrategy, "all");
  assert.equal(texts.rankingScoreThreshold, TEXT_SCORE_THRESHOLD);
  assert.equal(texts.attributesToSearchOn, undefined);
});

test("when the filters leave none of the names' hits, the answer is none, not products that only mention the words", async () => {
  fakeFetch((_url, init) => {
    const body = JSON.parse(String(init?.body));
    const found = body.attributesToSearchOn && body.filter.length === 0;
    return Response.json(found ? { hits: [mienDong], estimatedTotalHits: 1 } : { hits: [], estimatedTotalHits: 0 });
  });
  const result = await searchProductsWith({ meilisearch, store }, { q: "mien dong", filters: { starRatings: [3] }, limit: 24 });
  assert.deepEqual(result.hits, []);
  assert.equal(result.total, 0);
  const bodies = calls.map((call) => JSON.parse(String(call.init?.body)));
  // The filtered names, then the same words unfiltered (which find the product): no third pass over the texts.
  assert.equal(bodies.length, 2);
  assert.ok(bodies.every((body) => body.attributesToSearchOn));
  assert.deepEqual(bodies[1].filter, []);
});

test("suggestions while typing keep the last word a prefix, and browsing lists everything", async () => {
  fakeFetch(() => Response.json({ hits: [mienDong], estimatedTotalHits: 1 }));
  await searchProductsWith({ meilisearch, store }, { q: "mat o", limit: 6, asYouType: true });
  await searchProductsWith({ meilisearch, store }, { q: "", limit: 24 });
  const [typing, browsing] = calls.map((call) => JSON.parse(String(call.init?.body)));
  assert.equal(typing.q, "mat o");
  assert.equal(browsing.q, "");
  assert.equal(browsing.rankingScoreThreshold, undefined);
  assert.equal(browsing.attributesToSearchOn, undefined);
});

test("when Meilisearch cannot be reached, the backend's Postgres search answers with the same filters", async () => {
  fakeFetch((url) => {
    if (url.host === "search.test") throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
    return Response.json({ engine: "postgres", hits: [mienDong], estimatedTotalHits: 1, facetDistribution: { province: { "Tỉnh Thái Nguyên": 1 } } });
  });
  const warn = console.warn;
  console.warn = () => {};
  try {
    const result = await searchProductsWith(
      { meilisearch, store },
      { q: "miến", filters: { starRatings: [5], provinceCode: "19", inStock: true }, limit: 24, facets: ["province"] },
    );
    assert.equal(result.engine, "postgres");
    assert.deepEqual(result.hits.map((hit) => hit.handle), ["mien-dong-tai-hoan"]);
    assert.deepEqual(result.facets, { province: { "Tỉnh Thái Nguyên": 1 } });
  } finally {
    console.warn = warn;
  }
  const fallback = calls.at(-1)?.url;
  assert.equal(fallback?.origin + (fallback?.pathname ?? ""), "http://backend.test/store/product-search");
  assert.equal(fallback?.searchParams.get("q"), "miến");
  assert.equal(fallback?.searchParams.get("star_rating[0]"), "5");
  assert.equal(fallback?.searchParams.get("province_code"), "19");
  assert.equal(fallback?.searchParams.get("in_stock"), "true");
  assert.equal(new Headers(calls.at(-1)?.init?.headers).get("x-publishable-api-key"), "pk_test");
});

test("the fallback gets every filter and the sort as the backend's query parameters", () => {
  assert.deepEqual(
    postgresSearchParams({
      q: "",
      sort: "price_asc",
      limit: 0,
      filters: { starRatings: [5, 4], producerHandle: "htx-tai-hoan", notProducerHandle: "huong-rung", priceMin: 50000, priceMax: 120000, inStock: false },
    }),
    {
      q: "",
      limit: 1,
      offset: 0,
      sort: "price_asc",
      star_rating: ["5", "4"],
      producer_handle: "htx-tai-hoan",
      not_producer_handle: "huong-rung",
      price_min: 50000,
      price_max: 120000,
      in_stock: "false",
    },
  );
});

test("an error answer from Meilisearch falls back too; without a store API the error surfaces", async () => {
  fakeFetch((url) =>
    url.host === "search.test"
      ? new Response("index not found", { status: 404 })
      : Response.json({ engine: "postgres", hits: [], estimatedTotalHits: 0 }),
  );
  const warn = console.warn;
  console.warn = () => {};
  try {
    assert.equal((await searchProductsWith({ meilisearch, store }, { q: "x", limit: 5 })).engine, "postgres");
  } finally {
    console.warn = warn;
  }
  await assert.rejects(searchProductsWith({ meilisearch, store: null }, { q: "x", limit: 5 }), /404/);
});

test("highlighted text keeps every other tag as text, so a product's own markup is never rendered", () => {
  assert.deepEqual(highlightPieces('<img src=x onerror="alert(1)"> <mark>mật</mark> ong'), [
    { text: '<img src=x onerror="alert(1)"> ', marked: false },
    { text: "mật", marked: true },
    { text: " ong", marked: false },
  ]);
  assert.deepEqual(highlightPieces("Trà gừng"), [{ text: "Trà gừng", marked: false }]);
});
