import assert from "node:assert/strict";
import { test } from "node:test";
import { traceCodeOf } from "./trace";
import type { ProductVariant } from "./types";

const variant = (ean: string | null): ProductVariant => ({ id: `v-${ean}`, title: null, sku: null, ean, calculated_price: null });

test("a product's trace code is its first pack with a valid GTIN-13", () => {
  assert.equal(traceCodeOf({ variants: [variant(null), variant("123"), variant("8934701100122"), variant("8934701100115")] }), "8934701100122");
  assert.equal(traceCodeOf({ variants: [variant(null)] }), null);
  assert.equal(traceCodeOf({ variants: null }), null);
});
