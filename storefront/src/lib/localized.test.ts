import assert from "node:assert/strict";
import { test } from "node:test";
import { listProvinces } from "@ocop/domain/admin-units";
import { provinceName } from "./localized";

test("English names a province as English readers expect; Vietnamese keeps the official name", () => {
  assert.equal(provinceName("Tỉnh Ninh Bình", "en"), "Ninh Bình Province");
  assert.equal(provinceName("Thành phố Huế", "en"), "Huế City");
  assert.equal(provinceName("Tỉnh Ninh Bình", "vi"), "Tỉnh Ninh Bình");
  for (const province of listProvinces()) {
    assert.match(provinceName(province.name, "en"), /^\S.* (Province|City)$/u, `${province.name} has no unit word in English`);
  }
});
