import assert from "node:assert/strict";
import { test } from "node:test";
import { certifiedStars } from "./ocop";
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
