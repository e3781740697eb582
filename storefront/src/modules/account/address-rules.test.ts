import assert from "node:assert/strict";
import { test } from "node:test";
import { addressValues, checkAddress } from "./address-rules";

const haiHau = { fullName: "Trần Thị Mai", phone: "0912 345 678", provinceCode: "37", communeCode: "14215", street: "Xóm 3, thôn Đông", addressName: "Nhà" };

test("an address in Xã Hải Hậu, Tỉnh Ninh Bình is stored with the 2025 names and their codes", () => {
  const check = checkAddress(haiHau);
  assert.ok(check.ok);
  assert.deepEqual(check.address, {
    address_name: "Nhà",
    first_name: "Trần Thị Mai",
    last_name: "",
    phone: "0912345678",
    address_1: "Xóm 3, thôn Đông",
    city: "Xã Hải Hậu",
    province: "Tỉnh Ninh Bình",
    country_code: "vn",
    metadata: { province_code: "37", commune_code: "14215" },
  });
});

test("a commune of another province, an unknown province and missing parts are each named", () => {
  const hanoiWard = "00004";
  assert.deepEqual(checkAddress({ ...haiHau, communeCode: hanoiWard }), { ok: false, errors: { communeCode: "commune_not_in_province" } });
  assert.deepEqual(checkAddress({ ...haiHau, provinceCode: "99", communeCode: "" }), {
    ok: false,
    errors: { provinceCode: "unknown_province", communeCode: "required" },
  });
  const empty = checkAddress({ fullName: "", phone: "", provinceCode: "", communeCode: "", street: "", addressName: "" });
  assert.deepEqual(empty.ok ? {} : Object.keys(empty.errors), ["fullName", "phone", "provinceCode", "communeCode", "street"]);
  assert.deepEqual(checkAddress({ ...haiHau, addressName: "x".repeat(61) }), { ok: false, errors: { addressName: "too_long" } });
});

test("a saved address comes back into the form as it was typed, with its unit codes", () => {
  const check = checkAddress(haiHau);
  assert.ok(check.ok);
  const saved = { id: "addr_1", is_default_shipping: false, is_default_billing: false, address_2: null, postal_code: null, ...check.address };
  assert.deepEqual(addressValues(saved as never), { ...haiHau, phone: "0912345678" });
});
