import assert from "node:assert/strict";
import { test } from "node:test";
import { listProductHandles, PRODUCT_FIELDS, presentProduct, type RawProduct, withPacksInOrder } from "./products";
import type { StoreClient } from "./store-api";
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
  const medusa = {
    fetch: async (_path: string, { query }: { query: { offset: number; limit: number } }) => {
      asked.push({ offset: query.offset, limit: query.limit });
      return { products: all.slice(query.offset, query.offset + query.limit), count: all.length };
    },
  } as unknown as StoreClient;
  const { handles, count } = await listProductHandles(medusa, { offset: 100, limit: 120 });
  assert.equal(count, 250);
  assert.deepEqual(handles, all.slice(100, 220).map((product) => product.handle));
  assert.deepEqual(asked, [
    { offset: 100, limit: 100 },
    { offset: 200, limit: 20 },
  ]);
  assert.deepEqual((await listProductHandles(medusa, { offset: 200, limit: 120 })).handles.length, 50, "the last file holds the rest");
});

test("the store API is asked for the OCOP links beside Medusa's own fields", () => {
  const fields = PRODUCT_FIELDS.split(",");
  for (const linked of ["+producer.handle", "+producer.province_code", "+certificates.star_rating", "+product_set.industry.*"]) {
    assert.ok(fields.includes(linked), linked);
  }
  assert.ok(fields.includes("*variants.calculated_price"));
});

test("a product as the store API sends it is shown with its producer's 2025 units and its current certificate", () => {
  const raw: RawProduct = {
    id: "prod_1",
    title: "Miến dong Tài Hoan",
    subtitle: null,
    description: null,
    handle: "mien-dong-tai-hoan",
    thumbnail: null,
    created_at: "2026-01-01T00:00:00.000Z",
    images: [],
    variants: [pack("1kg", 1), pack("500g", 0)],
    producer: {
      id: "pdr_1",
      handle: "htx-tai-hoan",
      name: "HTX Tài Hoan",
      kind: "cooperative",
      status: "approved",
      address_as_issued: "xã Hải Hậu, tỉnh Ninh Bình",
      province_code: "37",
      commune_code: "14215",
      story_vi: null,
      story_en: null,
      logo_url: null,
      is_sample: true,
    },
    certificates: [
      {
        id: "cert_1",
        decision_number: "2751/QĐ-UBND",
        decision_date: "2024-06-25T00:00:00.000Z",
        issuing_authority: "UBND tỉnh Ninh Bình",
        star_rating: 4,
        valid_until: "2027-06-25T00:00:00.000Z",
        verified: true,
        is_sample: true,
      },
    ],
    product_set: null,
  };
  const product = presentProduct(raw, "2026-11-22");
  assert.deepEqual(product.producer?.province, { code: "37", name: "Tỉnh Ninh Bình" });
  assert.deepEqual(product.producer?.commune, { code: "14215", name: "Xã Hải Hậu" });
  assert.equal(product.ocop.standing, "certified");
  assert.equal(product.ocop.star_rating, 4);
  assert.equal(product.ocop.current_certificate?.valid_until, "2027-06-25");
  assert.equal("certificates" in product, false, "the raw links are not passed on to the pages");
  assert.deepEqual(product.variants?.map((variant) => variant.id), ["500g", "1kg"]);
  assert.equal(presentProduct(raw, "2027-06-26").ocop.standing, "expired");
});
