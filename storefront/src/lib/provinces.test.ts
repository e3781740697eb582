import assert from "node:assert/strict";
import { test } from "node:test";
import { listProvinces } from "@ocop/domain/admin-units";
import { findProvinceBySlug, provinceSlug } from "./provinces";

test("there are 34 provinces, each with its own readable pavilion slug", () => {
  const provinces = listProvinces();
  assert.equal(provinces.length, 34);
  const slugs = provinces.map(provinceSlug);
  assert.equal(new Set(slugs).size, 34);
  for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test("slugs drop the unit word and the diacritics, đ included, and lead back to the province", () => {
  assert.equal(provinceSlug({ name: "Tỉnh Ninh Bình" }), "ninh-binh");
  assert.equal(provinceSlug({ name: "Thành phố Hồ Chí Minh" }), "ho-chi-minh");
  assert.equal(provinceSlug({ name: "Tỉnh Đắk Lắk" }), "dak-lak");
  assert.equal(provinceSlug({ name: "Thành phố Đà Nẵng" }), "da-nang");
  assert.equal(findProvinceBySlug("ninh-binh")?.code, "37");
  assert.equal(findProvinceBySlug("thai-nguyen")?.name, "Tỉnh Thái Nguyên");
  assert.equal(findProvinceBySlug("nam-dinh"), undefined, "merged into Ninh Bình in 2025");
  assert.equal(provinceSlug({ name: "Thành phố Huế" }), "hue");
});
