import assert from "node:assert/strict";
import { test } from "node:test";
import type Medusa from "@medusajs/js-sdk";
import { listProductHandles, withPacksInOrder } from "./products";
import type { ProductVariant } from "./types";

const pack = (id: string, variant_rank: number | null, created_at = "2026-11-22T18:30:12.478Z"): ProductVariant => ({
  id,
  title: id,
  sku: null,
  ean: null,
  calculated_price: null,
  variant_rank,
  created_at,
});

test("packs keep their ranked order, whatever order the store API lists them in", () => {
  const listed = { variants: [pack("1kg", 1), pack("gift", 2), pack("500g", 0)] };
  assert.deepEqual(withPacksInOrder(listed).variants?.map((v) => v.id), ["500g", "1kg", "gift"]);
});

test("packs of the same rank come in the order they were created, then by id", () => {
  const listed = {
    variants: [pack("variant_02", 0), pack("variant_03", 0, "2026-11-22T18:30:11.000Z"), pack("variant_01", 0)],
  };
  assert.deepEqual(withPacksInOrder(listed).variants?.map((v) => v.id), ["variant_03", "variant_01", "variant_02"]);
  assert.equal(withPacksInOrder({ variants: null }).variants, null);
});

test("product handles are read a store page at a time, from the offset, up to the limit", async () => {
  const all = Array.from({ length: 250 }, (_, index) => ({ handle: `product-${index}` }));
  const asked: { offset: number; limit: number }[] = [];
  const sdk = {
    client: {
      fetch: async (_path: string, { query }: { query: { offset: number; limit: number } }) => {
        asked.push({ offset: query.offset, limit: query.limit });
        return { products: all.slice(query.offset, query.offset + query.limit), count: all.length };
      },
    },
  } as unknown as Medusa;
  const { handles, count } = await listProductHandles(sdk, { offset: 100, limit: 120 });
  assert.equal(count, 250);
  assert.deepEqual(handles, all.slice(100, 220).map((product) => product.handle));
  assert.deepEqual(asked, [
    { offset: 100, limit: 100 },
    { offset: 200, limit: 20 },
  ]);
  assert.deepEqual((await listProductHandles(sdk, { offset: 200, limit: 120 })).handles.length, 50, "the last file holds the rest");
});
