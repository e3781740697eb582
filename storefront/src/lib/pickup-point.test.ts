import assert from "node:assert/strict";
import { test } from "node:test";
import { isPickupAddress, pickupPointAddress, pickupPointOf } from "./pickup-point";

const METHOD_DATA = {
  code: "pickup",
  pickup_address: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu, Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)",
  pickup_point: {
    handle: "showroom-hai-hau",
    name: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu",
    name_en: "Hải Hậu OCOP Showroom",
    province_code: "37",
    commune_code: "14215",
    province: "Tỉnh Ninh Bình",
    commune: "Xã Hải Hậu",
    address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
  },
};

test("the showroom is printed in the one address form, in the buyer's language", () => {
  const point = pickupPointOf(METHOD_DATA);
  assert.ok(point);
  assert.equal(pickupPointAddress(point, "vi"), METHOD_DATA.pickup_address);
  assert.equal(
    pickupPointAddress(point, "en"),
    "Hải Hậu OCOP Showroom, Hải Hậu Commune, Ninh Bình Province (formerly Yên Định Township, Hải Hậu District, Nam Định Province)",
  );
});

test("a shipping method without a pickup point (a delivery, or an older order) has none", () => {
  assert.equal(pickupPointOf({ code: "standard", pickup_address: null }), null);
  assert.equal(pickupPointOf({ code: "pickup", pickup_address: "Cửa hàng OCOP Hải Hậu" }), null);
  assert.equal(pickupPointOf(null), null);
});

test("a pickup point's address is told from one the buyer typed by its metadata", () => {
  assert.equal(isPickupAddress({ metadata: { province_code: "37", commune_code: "14215", pickup_point: "showroom-hai-hau" } }), true);
  assert.equal(isPickupAddress({ metadata: { province_code: "37", commune_code: "14215" } }), false);
  assert.equal(isPickupAddress(null), false);
});
