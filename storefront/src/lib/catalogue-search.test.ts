import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_QUERY } from "./catalogue-query";
import { filterCatalogue } from "./catalogue-search";
import type { OcopStatus, Product, StarRating } from "./types";

function product(
  id: string,
  { stars, price, stock = 10, province = "37", industry = "thuc-pham", created = "2026-01-01" }: {
    stars?: StarRating;
    price: number | null;
    stock?: number;
    province?: string;
    industry?: string;
    created?: string;
  },
): Product {
  const ocop: OcopStatus = {
    standing: stars ? "certified" : "awaiting_evaluation",
    star_rating: stars ?? null,
    current_certificate: null,
    latest_certificate: null,
    product_set: { number: 7, handle: "set-7", name_vi: "", name_en: "" },
    industry: { code: "I", handle: industry, name_vi: "", name_en: "" },
    star_history: [],
  };
  return {
    id,
    title: id,
    subtitle: null,
    description: null,
    handle: id,
    thumbnail: null,
    images: null,
    metadata: null,
    created_at: created,
    variants: [
      {
        id: `${id}-v`,
        title: null,
        sku: null,
        ean: null,
        calculated_price: price === null ? null : { calculated_amount: price, currency_code: "vnd" },
        manage_inventory: true,
        inventory_quantity: stock,
      },
    ],
    producer: {
      id: `p-${id}`,
      handle: `p-${id}`,
      name: "",
      kind: "cooperative",
      address_as_issued: "",
      province: { code: province, name: "" },
      commune: null,
      story_vi: null,
      story_en: null,
      logo_url: null,
      is_sample: false,
    },
    ocop,
  };
}

const catalogue = [
  product("mien", { stars: 5, price: 60000, province: "19", created: "2026-01-03" }),
  product("mam", { stars: 4, price: 120000, created: "2026-01-02" }),
  product("tra", { stars: 3, price: 45000, stock: 0, industry: "do-uong" }),
  product("gio", { price: 90000, created: "2026-01-05" }),
  product("moi", { price: null, created: "2026-01-04" }),
];
const ids = (products: readonly Product[]) => products.map((entry) => entry.id);

test("filtering to 5★ and 4★ keeps only products certified at those stars", () => {
  const page = filterCatalogue(catalogue, { ...DEFAULT_QUERY, stars: [5, 4] });
  assert.deepEqual(ids(page.products), ["mien", "mam"]);
  assert.equal(page.count, 2);
});

test("province, industry, price and stock filters combine", () => {
  assert.deepEqual(ids(filterCatalogue(catalogue, { ...DEFAULT_QUERY, province: "19" }).products), ["mien"]);
  assert.deepEqual(ids(filterCatalogue(catalogue, { ...DEFAULT_QUERY, industry: "do-uong" }).products), ["tra"]);
  assert.deepEqual(
    ids(filterCatalogue(catalogue, { ...DEFAULT_QUERY, priceMin: 50000, priceMax: 100000, sort: "price_asc" }).products),
    ["mien", "gio"],
  );
  assert.ok(!ids(filterCatalogue(catalogue, { ...DEFAULT_QUERY, inStock: true }).products).includes("tra"));
});

test("sorts by price put unpriced products last, both ways; newest goes by creation date", () => {
  assert.deepEqual(ids(filterCatalogue(catalogue, { ...DEFAULT_QUERY, sort: "price_asc" }).products), ["tra", "mien", "gio", "mam", "moi"]);
  assert.deepEqual(ids(filterCatalogue(catalogue, { ...DEFAULT_QUERY, sort: "price_desc" }).products), ["mam", "gio", "mien", "tra", "moi"]);
  assert.deepEqual(ids(filterCatalogue(catalogue, { ...DEFAULT_QUERY, sort: "newest" }).products), ["gio", "moi", "mien", "mam", "tra"]);
});

test("a facet counts what choosing it would give, under every other filter", () => {
  const page = filterCatalogue(catalogue, { ...DEFAULT_QUERY, stars: [5], province: "37" });
  assert.equal(page.count, 0);
  // Within province 37, the star facet still offers 4★ and 3★; within 5★, province 19 has one.
  assert.deepEqual([...page.facets.stars], [[4, 1], [3, 1]]);
  assert.deepEqual([...page.facets.provinces], [["19", 1]]);
});

test("pages cut the sorted list; a page past the end is empty but knows the page count", () => {
  const second = filterCatalogue(catalogue, { ...DEFAULT_QUERY, sort: "newest", page: 2 }, 2);
  assert.deepEqual(ids(second.products), ["mien", "mam"]);
  assert.equal(second.pageCount, 3);
  assert.deepEqual(filterCatalogue(catalogue, { ...DEFAULT_QUERY, page: 9 }, 2).products, []);
});
