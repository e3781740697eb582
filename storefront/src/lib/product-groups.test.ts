import assert from "node:assert/strict";
import { test } from "node:test";
import { moreFromProducer, moreFromProvince, nationalProducts, newestProducts } from "./product-groups";
import type { OcopStanding, Product, StarRating } from "./types";

function product(id: string, producer: string, province: string, stars: StarRating | null, standing: OcopStanding, created = "2026-01-01"): Product {
  return {
    id,
    title: id,
    subtitle: null,
    description: null,
    handle: id,
    thumbnail: null,
    images: null,
    variants: null,
    metadata: null,
    created_at: created,
    producer: {
      id: producer,
      handle: producer,
      name: producer,
      kind: "cooperative",
      address_as_issued: "",
      province: { code: province, name: province },
      commune: null,
      story_vi: null,
      story_en: null,
      logo_url: null,
      is_sample: false,
    },
    ocop: { standing, star_rating: stars, current_certificate: null, latest_certificate: null, product_set: null, industry: null, star_history: [] },
  };
}

const catalogue = [
  product("mien", "tai-hoan", "19", 5, "certified", "2026-01-03"),
  product("mien-2", "tai-hoan", "19", null, "awaiting_evaluation", "2026-01-05"),
  product("mien-3", "tai-hoan", "19", 4, "certified", "2026-01-01"),
  product("huong-rung", "huong-rung", "19", 3, "certified", "2026-01-02"),
  product("gio", "phuc-thuan", "37", 5, "expired", "2026-01-04"),
];

test("more from the producer leaves out the product itself and puts certified ones first", () => {
  assert.deepEqual(moreFromProducer(catalogue[0]!, catalogue).map((p) => p.id), ["mien-3", "mien-2"]);
});

test("more from the province shows other producers of that province only", () => {
  assert.deepEqual(moreFromProvince(catalogue[0]!, catalogue).map((p) => p.id), ["huong-rung"]);
});

test("national products are the 5-star ones whose certificate is current", () => {
  assert.deepEqual(nationalProducts(catalogue).map((p) => p.id), ["mien"]);
});

test("new listings come newest first", () => {
  assert.deepEqual(newestProducts(catalogue, 3).map((p) => p.id), ["mien-2", "gio", "mien"]);
});
