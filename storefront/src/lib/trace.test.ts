import assert from "node:assert/strict";
import { test } from "node:test";
import { certificateValidity, isGtin13, traceCodeOf, todayInVietnam } from "./trace";
import type { ProductVariant } from "./types";

const variant = (ean: string | null): ProductVariant => ({ id: `v-${ean}`, title: null, sku: null, ean, calculated_price: null });

test("a trace code is a GTIN-13 with a correct check digit, as printed under the barcode", () => {
  assert.equal(isGtin13("8934701100115"), true);
  assert.equal(isGtin13("8934701100122"), true);
  assert.equal(isGtin13("8934701100116"), false, "wrong check digit");
  assert.equal(isGtin13("893470110011"), false, "12 digits");
  assert.equal(isGtin13("893470110011x"), false);
  assert.equal(isGtin13("../../etc/passwd"), false);
});

test("a product's trace code is its first pack with a valid GTIN-13", () => {
  assert.equal(traceCodeOf({ variants: [variant(null), variant("123"), variant("8934701100122"), variant("8934701100115")] }), "8934701100122");
  assert.equal(traceCodeOf({ variants: [variant(null)] }), null);
  assert.equal(traceCodeOf({ variants: null }), null);
});

test("today is Vietnam's calendar day, also when it is still yesterday in UTC", () => {
  assert.equal(todayInVietnam(new Date("2026-06-30T17:30:00Z")), "2026-07-01");
  assert.equal(todayInVietnam(new Date("2026-06-30T16:59:00Z")), "2026-06-30");
});

test("a certificate is valid today only when verified and not past its last valid day", () => {
  const certificate = { decision_date: "2024-06-25", valid_until: "2027-06-25", verified: true };
  assert.equal(certificateValidity(certificate, "2026-11-22"), "valid");
  assert.equal(certificateValidity(certificate, "2027-06-25"), "valid", "valid through its last day");
  assert.equal(certificateValidity(certificate, "2027-06-26"), "expired");
  assert.equal(certificateValidity(certificate, "2024-06-24"), "expired", "not yet decided");
  assert.equal(certificateValidity({ ...certificate, verified: false }, "2026-11-22"), "unverified");
  assert.equal(certificateValidity(null, "2026-11-22"), "none");
});
