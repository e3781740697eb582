import assert from "node:assert/strict";
import { test } from "node:test";
import { formerUnits } from "./producers";

test("the pre-2025 units are shown where the 2025 ones differ", () => {
  assert.equal(
    formerUnits({
      address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
      province: { code: "19", name: "Tỉnh Thái Nguyên" },
      commune: { code: "02185", name: "Xã Côn Minh" },
    }),
    "xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
  );
  assert.equal(
    formerUnits({
      address_as_issued: "xã Hải Nam, huyện Hải Hậu, tỉnh Nam Định",
      province: { code: "37", name: "Tỉnh Ninh Bình" },
      commune: { code: "14248", name: "Xã Hải Hưng" },
    }),
    "xã Hải Nam, huyện Hải Hậu, tỉnh Nam Định",
  );
});

test("an address already in 2025 units has no former names", () => {
  assert.equal(
    formerUnits({
      address_as_issued: "thôn 2, Xã Côn Minh, Tỉnh Thái Nguyên",
      province: { code: "19", name: "Tỉnh Thái Nguyên" },
      commune: { code: "02185", name: "Xã Côn Minh" },
    }),
    null,
  );
});
