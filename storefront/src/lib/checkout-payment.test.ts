import assert from "node:assert/strict";
import { test } from "node:test";
import { paymentChoices, paymentMethodOf } from "./checkout-payment";

test("cash on delivery is offered now; card and VietQR appear as soon as their providers are enabled", () => {
  assert.deepEqual(paymentChoices(["pp_cod_cod"]), [{ providerId: "pp_cod_cod", method: "cash_on_delivery" }]);
  assert.deepEqual(
    paymentChoices(["pp_stripe_stripe", "pp_system_default", "pp_vietqr_vietqr", "pp_cod_cod"]).map((choice) => choice.method),
    ["cash_on_delivery", "vietqr", "card"],
  );
  assert.equal(paymentMethodOf("pp_system_default"), null);
});
