import assert from "node:assert/strict";
import { test } from "node:test";
import { searchPacks, negativeStock } from "./pos-catalogue";
import { isScannedCode, lookUpScan, scannerKey } from "./pos-scan";
import type { CounterPack } from "./pos-types";

const pack = (over: Partial<CounterPack>): CounterPack => ({
  variant_id: "variant_1",
  product_id: "prod_1",
  title: "Bánh nhãn Hải Hậu",
  variant_title: "Hộp 300 g",
  gtin: "8934588012228",
  sku: "BN-300",
  thumbnail: null,
  producer: { id: "prod_hh", name: "HTX Tài Hoan" },
  industry: { code: "TP", name_vi: "Thực phẩm" },
  price: 35_000,
  manage_inventory: true,
  stock: 4,
  ...over,
});
const packs = [pack({}), pack({ variant_id: "variant_2", title: "Đậu phộng rang", gtin: "8934567800129", industry: { code: "DU", name_vi: "Đồ uống" }, stock: -2 })];

test("a scanned GTIN-13 names its pack", () => {
  const outcome = lookUpScan("8934588012228", packs);
  assert.equal(outcome.kind, "found");
  if (outcome.kind === "found") assert.equal(outcome.pack.variant_id, "variant_1");
});

test("a code with a wrong check digit is a misread, not an unknown pack", () => {
  const outcome = lookUpScan("8934588012229", packs);
  assert.equal(outcome.kind, "misread");
  assert.match(outcome.kind === "misread" ? outcome.message : "", /sai số kiểm tra \(phải là 8/);
});

test("a valid code the showroom does not sell says so", () => {
  const outcome = lookUpScan("8930000000019", packs);
  assert.equal(outcome.kind, "unknown");
});

test("digits then Enter typed with no field focused hand over one code; anything else starts afresh", () => {
  let state = { buffer: "" } as { buffer: string; code?: string };
  for (const key of "12x8934588012228") state = scannerKey(state.buffer, key);
  assert.equal(state.buffer, "8934588012228");
  state = scannerKey(state.buffer, "Enter");
  assert.equal(state.code, "8934588012228");
  assert.equal(scannerKey("123", "Enter").code, undefined);
  assert.equal(isScannedCode(" 8934588012228 "), true);
  assert.equal(isScannedCode("banh nhan"), false);
});

test("a name typed without diacritics finds its pack, đ as d, the last word a prefix", () => {
  assert.deepEqual(searchPacks(packs, { q: "banh nha" }).map((p) => p.variant_id), ["variant_1"]);
  assert.deepEqual(searchPacks(packs, { q: "dau phong" }).map((p) => p.variant_id), ["variant_2"]);
  assert.deepEqual(searchPacks(packs, { q: "tai hoan" }).length, 2);
  assert.deepEqual(searchPacks(packs, { industry: "DU" }).map((p) => p.variant_id), ["variant_2"]);
});

test("packs sold below zero are listed for the manager", () => {
  assert.deepEqual(negativeStock(packs).map((p) => p.stock), [-2]);
});
