// The ways to pay the shop offers this cart, keyed by Medusa payment provider, as the backend lists
// them (GET /store/carts/:id/payment): each available or not, with the code of why not (cash on
// delivery above its ceiling). Enabling a provider in the region is all it takes for it to appear,
// except cards, which the storefront also needs Stripe's publishable key for; and what a card
// payment's outcome at Stripe means for the order.

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

/**
 * The providers the shop knows how to present, in checkout order; others stay hidden, and so do
 * cards when the storefront has no Stripe publishable key to draw Stripe's Payment Element with.
 */
export function paymentChoices(choices: readonly StorePaymentChoice[], storefront: { cardPayments: boolean }): PaymentChoice[] {
  return METHODS.filter(({ method }) => method !== "card" || storefront.cardPayments).flatMap(({ method, provider }) =>
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

// ---------------------------------------------------------------------------------------------
// Cards: Stripe's answer to stripe.confirmPayment, as the review step tells the buyer

/** What the buyer is told when Stripe does not take the card; each has its words in vi and en. */
export type CardProblem =
  | "declined"
  | "insufficient_funds"
  | "expired_card"
  | "incorrect_cvc"
  | "incorrect_number"
  | "authentication_failed"
  | "incomplete"
  | "processing_error"
  | "failed";

/** The parts of a Stripe.js error (https://docs.stripe.com/error-codes) the shop reads: codes, never its English message. */
export type CardError = {
  type?: string;
  code?: string;
  decline_code?: string;
  payment_intent?: { status?: string } | null;
};

/** A PaymentIntent Medusa can authorise: the card is held (manual capture) or, with automatic capture, taken. */
const PAID_STATUSES = new Set(["requires_capture", "succeeded"]);

const CARD_PROBLEMS: Record<string, CardProblem> = {
  expired_card: "expired_card",
  incorrect_cvc: "incorrect_cvc",
  invalid_cvc: "incorrect_cvc",
  incorrect_number: "incorrect_number",
  invalid_number: "incorrect_number",
  payment_intent_authentication_failure: "authentication_failed",
  processing_error: "processing_error",
};

/**
 * Whether the order can be placed after confirming the card, or what to tell the buyer. An intent
 * confirmed already (the buyer pressed again after the order was refused, or came back from a
 * bank's page) is paid: Stripe refuses a second confirm, and the order is placed on the first.
 */
export function cardPaymentOutcome(result: { error?: CardError; paymentIntent?: { status?: string } }): { paid: true } | { paid: false; problem: CardProblem } {
  const { error, paymentIntent } = result;
  if (!error) return PAID_STATUSES.has(paymentIntent?.status ?? "") ? { paid: true } : { paid: false, problem: "failed" };
  if (error.code === "payment_intent_unexpected_state" && PAID_STATUSES.has(error.payment_intent?.status ?? "")) return { paid: true };
  if (error.type === "validation_error") return { paid: false, problem: "incomplete" };
  if (error.code === "card_declined") return { paid: false, problem: error.decline_code === "insufficient_funds" ? "insufficient_funds" : "declined" };
  return { paid: false, problem: CARD_PROBLEMS[error.code ?? ""] ?? "failed" };
}
