import assert from "node:assert/strict";
import { test } from "node:test";
import { certifiedStars, sortByOcopStanding } from "./ocop";
import type { OcopStanding, OcopStatus, StarRating } from "./types";

function ocop(standing: OcopStanding, starRating: StarRating | null = null): OcopStatus {
  return {
    standing,
    star_rating: starRating,
    current_certificate: null,
    latest_certificate: null,
    product_set: null,
    industry: null,
    star_history: [],
  };
}

test("stars are shown only for a certified product", () => {
  assert.equal(certifiedStars(ocop("certified", 4)), 4);
  assert.equal(certifiedStars(ocop("expired", 4)), null);
  assert.equal(certifiedStars(ocop("unverified", 5)), null);
  assert.equal(certifiedStars(ocop("awaiting_evaluation")), null);
  assert.equal(certifiedStars(null), null);
});

test("certified products come first, most stars first, the rest keep their order", () => {
  const products = [
    { id: "expired", ocop: ocop("expired", 5) },
    { id: "three", ocop: ocop("certified", 3) },
    { id: "awaiting", ocop: ocop("awaiting_evaluation") },
    { id: "five", ocop: ocop("certified", 5) },
    { id: "none", ocop: null },
    { id: "four", ocop: ocop("certified", 4) },
  ];
  assert.deepEqual(
    sortByOcopStanding(products).map((product) => product.id),
    ["five", "four", "three", "expired", "awaiting", "none"],
  );
});
