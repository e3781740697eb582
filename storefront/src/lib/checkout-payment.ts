// The ways to pay the shop offers this cart, keyed by Medusa payment provider, as the backend lists
// them (GET /store/carts/:id/payment): each available or not, with the code of why not (cash on
// delivery above its ceiling). Enabling a provider in the region is all it takes for it to appear.

export type PaymentMethod = "cash_on_delivery" | "card" | "vietqr";

/** In the order the checkout lists them. Provider ids are `pp_<module>_<id>`. */
const METHODS: readonly { method: PaymentMethod; provider: RegExp }[] = [
  { method: "cash_on_delivery", provider: /^pp_cod_/ },
  { method: "vietqr", provider: /^pp_vietqr_/ },
  { method: "card", provider: /^pp_stripe_/ },
];

/** Why a way to pay is not open to this cart, in the backend's codes. */
export type PaymentProblem = "cod_above_ceiling" | "payment_not_available";

/** The backend's answer for one provider. */
export type StorePaymentChoice = {
  provider_id: string;
  available: boolean;
  unavailable_reason: string | null;
  code: string | null;
  limit_vnd: number | null;
};

export type PaymentChoice = {
  providerId: string;
  method: PaymentMethod;
  available: boolean;
  problem: PaymentProblem | null;
  /** The most this way takes, in whole đồng, where it has a limit. */
  limitVnd: number | null;
};

export function paymentMethodOf(providerId: string): PaymentMethod | null {
  return METHODS.find((entry) => entry.provider.test(providerId))?.method ?? null;
}

const problemOf = (choice: StorePaymentChoice): PaymentProblem | null =>
  choice.available ? null : choice.code === "cod_above_ceiling" ? "cod_above_ceiling" : "payment_not_available";

/** The providers the shop knows how to present, in checkout order; others stay hidden. */
export function paymentChoices(choices: readonly StorePaymentChoice[]): PaymentChoice[] {
  return METHODS.flatMap(({ method, provider }) =>
    choices
      .filter((choice) => provider.test(choice.provider_id))
      .map((choice) => ({
        providerId: choice.provider_id,
        method,
        available: choice.available,
        problem: problemOf(choice),
        limitVnd: choice.limit_vnd,
      })),
  );
}
