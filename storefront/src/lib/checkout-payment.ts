// The ways to pay the shop offers, as a list of choices keyed by Medusa payment provider. Cash on
// delivery is live; card (Stripe) and VietQR transfer are named here so that enabling their
// providers in the region is all it takes for them to appear at checkout.

export type PaymentMethod = "cash_on_delivery" | "card" | "vietqr";

/** In the order the checkout lists them. Provider ids are `pp_<module>_<id>`. */
const METHODS: readonly { method: PaymentMethod; provider: RegExp }[] = [
  { method: "cash_on_delivery", provider: /^pp_cod_/ },
  { method: "vietqr", provider: /^pp_vietqr_/ },
  { method: "card", provider: /^pp_stripe_/ },
];

export type PaymentChoice = { providerId: string; method: PaymentMethod };

export function paymentMethodOf(providerId: string): PaymentMethod | null {
  return METHODS.find((entry) => entry.provider.test(providerId))?.method ?? null;
}

/** The region's providers the shop knows how to present, in checkout order; others stay hidden. */
export function paymentChoices(providerIds: readonly string[]): PaymentChoice[] {
  return METHODS.flatMap(({ method, provider }) =>
    providerIds.filter((id) => provider.test(id)).map((providerId) => ({ providerId, method })),
  );
}
