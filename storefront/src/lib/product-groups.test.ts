import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { countByProvince, moreFromProducer, moreFromProvince, nationalProducts, newestProducts, productsInProvince } from "./product-groups";
import type { ProductSearchHit } from "./search";
import { searchHit } from "./search-hit-fixture";

const hit = (id: string, producer: string) => searchHit({ id, handle: id, title: id, title_en: null, producer_name: producer, producer_handle: producer });

type Asked = { body: Record<string, unknown>; tags: string[] | undefined };
let asked: Asked[];
let answer: { hits: ProductSearchHit[]; estimatedTotalHits: number; facetDistribution?: Record<string, Record<string, number>> };
const realFetch = globalThis.fetch;

beforeEach(() => {
  asked = [];
  answer = { hits: [], estimatedTotalHits: 0 };
  process.env.NEXT_PUBLIC_MEILISEARCH_HOST = "http://search.test";
  process.env.NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY = "search-only-key";
  globalThis.fetch = (async (_input: string | URL | Request, init?: RequestInit & { next?: { tags?: string[] } }) => {
    asked.push({ body: JSON.parse(String(init?.body)), tags: init?.next?.tags });
    return Response.json(answer);
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
  delete process.env.NEXT_PUBLIC_MEILISEARCH_HOST;
  delete process.env.NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY;
});

test("more from the producer asks for its products under the producer's tag and leaves out the product itself", async () => {
  answer = { hits: ["a", "b", "c", "d", "e"].map((id) => hit(id, "tai-hoan")), estimatedTotalHits: 9 };
  const shelf = await moreFromProducer({ id: "b", producerHandle: "tai-hoan" });
  assert.deepEqual(shelf.map((product) => product.id), ["a", "c", "d", "e"]);
  assert.deepEqual(asked[0]?.body.filter, ['producer_handle = "tai-hoan"']);
  assert.equal(asked[0]?.body.limit, 5, "one more than shown, in case the product itself is among them");
  assert.deepEqual(asked[0]?.tags, ["producer:tai-hoan"]);
});

test("more from the province asks for other producers' products under the province's tag", async () => {
  answer = { hits: [hit("x", "huong-rung")], estimatedTotalHits: 1 };
  const shelf = await moreFromProvince({ producerHandle: "tai-hoan", provinceCode: "19" });
  assert.deepEqual(shelf.map((product) => product.id), ["x"]);
  assert.deepEqual(asked[0]?.body.filter, ['province_code = "19"', 'producer_handle != "tai-hoan"']);
  assert.deepEqual(asked[0]?.tags, ["province:19"]);
});

test("a pavilion's list says how many there are beyond those it shows, exactly even past the index's reachable hits", async () => {
  answer = { hits: [hit("x", "huong-rung")], estimatedTotalHits: 1000, facetDistribution: { in_stock: { true: 1200, false: 30 } } };
  assert.deepEqual(await productsInProvince("19", 1), { products: answer.hits, total: 1230 });
  assert.deepEqual(asked[0]?.body.facets, ["in_stock"]);
});

test("the home shelves: current 5-star products by standing, and the newest listings", async () => {
  await nationalProducts();
  await newestProducts();
  assert.deepEqual(asked[0]?.body.filter, ["star_rating = 5"]);
  assert.equal(asked[0]?.body.sort, undefined, "relevance, which ranks higher certified stars first");
  assert.deepEqual(asked[1]?.body.sort, ["created_at_ts:desc"]);
  for (const request of asked) assert.deepEqual(request.tags, ["products"]);
});

test("products per province are counted by the index and keyed by 2025 province code", async () => {
  answer = { hits: [], estimatedTotalHits: 3, facetDistribution: { province: { "Tỉnh Ninh Bình": 2, "Tỉnh Thái Nguyên": 1, "Tỉnh Nam Định": 4 } } };
  const counts = await countByProvince();
  assert.deepEqual(Object.fromEntries(counts), { "37": 2, "19": 1 }, "a name that is not a 2025 province is not counted");
  assert.equal(asked[0]?.body.limit, 0);
  assert.deepEqual(asked[0]?.body.facets, ["province"]);
});
