/**
 * Cards for the journeys, offline. api.stripe.com and js.stripe.com cannot be reached from here, so
 * global-setup starts the backend tests' own Stripe-compatible server
 * (@ocop/backend/integration-tests/stripe-server) and gives the stack it starts the keys and URL that
 * aim Medusa's Stripe provider at it and show cards in the storefront; the card journey serves a
 * stand-in for Stripe.js (stripe-js-stand-in.ts) that confirms against the same server. None of the
 * keys is a real Stripe key: the local server takes these and no others.
 */
import { LocalStripe } from "@ocop/backend/integration-tests/stripe-server"

export const LOCAL_STRIPE_KEYS = {
  apiKey: "sk_test_offline",
  publishableKey: "pk_test_offline",
  webhookSecret: "whsec_offline",
} as const

/**
 * A fixed port, so that a stack started by hand for the journeys can be aimed at the server the
 * journeys start (STRIPE_API_URL=http://127.0.0.1:12111 and the keys above); E2E_STRIPE_PORT moves it.
 */
export const LOCAL_STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT || 12111)

/** How global-setup tells the journeys (its child processes) where the server is; unset, there is none. */
const URL_VARIABLE = "E2E_LOCAL_STRIPE_URL"

let running: LocalStripe | undefined

/**
 * Starts the server on LOCAL_STRIPE_PORT; if that port is taken and `orAnyPort`, on a free one (a
 * stack about to be started can be aimed anywhere). Returns its URL, or null if it could not start.
 */
export async function startLocalStripe({ orAnyPort }: { orAnyPort: boolean }): Promise<string | null> {
  const server = new LocalStripe({ apiKey: LOCAL_STRIPE_KEYS.apiKey, publishableKey: LOCAL_STRIPE_KEYS.publishableKey })
  let url: string
  try {
    url = await server.listen(LOCAL_STRIPE_PORT)
  } catch (error) {
    if (!orAnyPort) {
      console.log(`e2e: no local Stripe server, port ${LOCAL_STRIPE_PORT} is taken (${(error as Error).message}); the card journey will skip.`)
      return null
    }
    url = await server.listen(0)
  }
  running = server
  process.env[URL_VARIABLE] = url
  return url
}

export async function stopLocalStripe(): Promise<void> {
  await running?.close()
  running = undefined
}

/** The environment that gives a stack started by `npm start` cards against the local server. */
export function cardPaymentEnv(url: string): Record<string, string> {
  return {
    STRIPE_API_KEY: LOCAL_STRIPE_KEYS.apiKey,
    STRIPE_API_URL: url,
    STRIPE_WEBHOOK_SECRET: LOCAL_STRIPE_KEYS.webhookSecret,
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: LOCAL_STRIPE_KEYS.publishableKey,
  }
}

/** For the journeys: where global-setup's local Stripe server listens, or null. */
export function localStripeUrl(): string | null {
  return process.env[URL_VARIABLE] || null
}

/** A PaymentIntent as the local server holds it, read with the secret key as the backend reads it; null if it has none of that id. */
export async function localPaymentIntent(url: string, id: string): Promise<{ id: string; amount: number; currency: string; status: string; capture_method: string } | null> {
  const response = await fetch(`${url}/v1/payment_intents/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${LOCAL_STRIPE_KEYS.apiKey}` },
  })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`The local Stripe server answered ${response.status} for ${id}.`)
  return response.json()
}
