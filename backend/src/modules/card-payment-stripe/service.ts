/**
 * Card payments by Stripe: Medusa's own Stripe provider (@medusajs/payment-stripe), with one option
 * more. The provider builds its Stripe client from the API key alone, so nothing in its options or
 * in the environment can send its calls anywhere but api.stripe.com; `apiUrl` rebuilds the client
 * for another Stripe-compatible server (the integration tests' and the local journeys'). Unset, as
 * in production, this is the provider unchanged.
 */
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
// The provider's own version (backend/package.json pins the one @medusajs/payment-stripe resolves),
// so the rebuilt client speaks the same Stripe API version as the code that calls it.
import Stripe from "stripe"

export type CardPaymentStripeOptions = StripeOptions & {
  /** Where the Stripe API is served, e.g. "http://127.0.0.1:12111"; unset, Stripe's own. */
  apiUrl?: string
}

export default class CardPaymentStripeService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: CardPaymentStripeOptions) {
    super(cradle, options)
    if (options.apiUrl) this.stripe_ = new Stripe(options.apiKey, stripeHost(options.apiUrl))
  }

  /** Cards only: without a list, Stripe may offer methods that leave the page, which checkout does not handle. */
  override get paymentIntentOptions() {
    return { payment_method_types: ["card"] }
  }
}

function stripeHost(apiUrl: string): Stripe.StripeConfig {
  const url = new URL(apiUrl)
  const protocol = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: url.port || (protocol === "http" ? 80 : 443), protocol }
}
