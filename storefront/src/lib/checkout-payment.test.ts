import assert from "node:assert/strict";
import { test } from "node:test";
import { cardPaymentOutcome, paymentChoices, paymentMethodOf, type StorePaymentChoice } from "./checkout-payment";

const open = (provider_id: string, limit_vnd: number | null = null): StorePaymentChoice => ({
  provider_id,
  available: true,
  unavailable_reason: null,
  code: null,
  limit_vnd,
});

test("the shop's ways to pay are listed in checkout order; a provider it cannot present stays hidden", () => {
  assert.deepEqual(
    paymentChoices([open("pp_stripe_stripe"), open("pp_system_default"), open("pp_vietqr_vietqr"), open("pp_cod_cod", 5_000_000)], {
      cardPayments: true,
    }).map(
      (choice) => choice.method,
    ),
    ["cash_on_delivery", "vietqr", "card"],
  );
  assert.equal(paymentMethodOf("pp_system_default"), null);
});

test("cash on delivery above its ceiling is listed as closed, with its problem and limit", () => {
  const [cod] = paymentChoices([
    { provider_id: "pp_cod_cod", available: false, unavailable_reason: "…", code: "cod_above_ceiling", limit_vnd: 5_000_000 },
  ], { cardPayments: true });
  assert.deepEqual(cod, { providerId: "pp_cod_cod", method: "cash_on_delivery", available: false, problem: "cod_above_ceiling", limitVnd: 5_000_000 });
  const [qr] = paymentChoices([{ provider_id: "pp_vietqr_vietqr", available: false, unavailable_reason: "…", code: "payment_not_available", limit_vnd: null }], {
    cardPayments: true,
  });
  assert.equal(qr?.problem, "payment_not_available");
});

test("cards are not offered at all where the storefront has no Stripe publishable key, even with the provider enabled", () => {
  const offered = [open("pp_cod_cod", 5_000_000), open("pp_vietqr_vietqr"), open("pp_stripe_stripe")];
  assert.deepEqual(
    paymentChoices(offered, { cardPayments: false }).map((choice) => choice.method),
    ["cash_on_delivery", "vietqr"],
  );
  assert.deepEqual(
    paymentChoices(offered, { cardPayments: true }).map((choice) => choice.method),
    ["cash_on_delivery", "vietqr", "card"],
  );
});

test("a card held or taken at Stripe places the order; anything else is told by its code, not Stripe's English", () => {
  assert.deepEqual(cardPaymentOutcome({ paymentIntent: { status: "requires_capture" } }), { paid: true });
  assert.deepEqual(cardPaymentOutcome({ paymentIntent: { status: "succeeded" } }), { paid: true });
  assert.deepEqual(cardPaymentOutcome({ paymentIntent: { status: "requires_payment_method" } }), { paid: false, problem: "failed" });
  const problem = (error: Parameters<typeof cardPaymentOutcome>[0]["error"]) => {
    const outcome = cardPaymentOutcome({ error });
    return outcome.paid ? null : outcome.problem;
  };
  assert.equal(problem({ type: "card_error", code: "card_declined", decline_code: "generic_decline" }), "declined");
  assert.equal(problem({ type: "card_error", code: "card_declined", decline_code: "insufficient_funds" }), "insufficient_funds");
  assert.equal(problem({ type: "card_error", code: "expired_card" }), "expired_card");
  assert.equal(problem({ type: "card_error", code: "incorrect_cvc" }), "incorrect_cvc");
  assert.equal(problem({ type: "validation_error", code: "incomplete_number" }), "incomplete");
  assert.equal(problem({ type: "api_connection_error" }), "failed");
});

test("a card Stripe had already accepted (pressed again after a refused order) places the order rather than failing", () => {
  assert.deepEqual(
    cardPaymentOutcome({ error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", payment_intent: { status: "requires_capture" } } }),
    { paid: true },
  );
  assert.deepEqual(
    cardPaymentOutcome({ error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", payment_intent: { status: "canceled" } } }),
    { paid: false, problem: "failed" },
  );
});
