import assert from "node:assert/strict";
import { test } from "node:test";
import { paymentChoices, paymentMethodOf, type StorePaymentChoice } from "./checkout-payment";

const open = (provider_id: string, limit_vnd: number | null = null): StorePaymentChoice => ({
  provider_id,
  available: true,
  unavailable_reason: null,
  code: null,
  limit_vnd,
});

test("the shop's ways to pay are listed in checkout order; a provider it cannot present stays hidden", () => {
  assert.deepEqual(
    paymentChoices([open("pp_stripe_stripe"), open("pp_system_default"), open("pp_vietqr_vietqr"), open("pp_cod_cod", 5_000_000)]).map(
      (choice) => choice.method,
    ),
    ["cash_on_delivery", "vietqr", "card"],
  );
  assert.equal(paymentMethodOf("pp_system_default"), null);
});

test("cash on delivery above its ceiling is listed as closed, with its problem and limit", () => {
  const [cod] = paymentChoices([
    { provider_id: "pp_cod_cod", available: false, unavailable_reason: "…", code: "cod_above_ceiling", limit_vnd: 5_000_000 },
  ]);
  assert.deepEqual(cod, { providerId: "pp_cod_cod", method: "cash_on_delivery", available: false, problem: "cod_above_ceiling", limitVnd: 5_000_000 });
  const [qr] = paymentChoices([{ provider_id: "pp_vietqr_vietqr", available: false, unavailable_reason: "…", code: "payment_not_available", limit_vnd: null }]);
  assert.equal(qr?.problem, "payment_not_available");
});
