import assert from "node:assert/strict";
import { test } from "node:test";
import { listProvinces } from "@ocop/domain/admin-units";
import { unitName } from "./localized";

test("English names a province as English readers expect; Vietnamese keeps the official name", () => {
  assert.equal(unitName("Tỉnh Ninh Bình", "en"), "Ninh Bình Province");
  assert.equal(unitName("Thành phố Huế", "en"), "Huế City");
  assert.equal(unitName("Tỉnh Ninh Bình", "vi"), "Tỉnh Ninh Bình");
  for (const province of listProvinces()) {
    assert.match(unitName(province.name, "en"), /^\S.* (Province|City)$/u, `${province.name} has no unit word in English`);
  }
});

test("English names a commune or ward with its unit word after the name", () => {
  assert.equal(unitName("Xã Hải Hậu", "en"), "Hải Hậu Commune");
  assert.equal(unitName("Phường Ba Đình", "en"), "Ba Đình Ward");
  assert.equal(unitName("Xã Hải Hậu", "vi"), "Xã Hải Hậu");
});
