/**
 * A small Stripe-compatible server, for the backend's Stripe tests and the card journey. api.stripe.com
 * cannot be reached from here, and stripe-stateful-mock serves no PaymentIntents, the only Stripe
 * API Medusa's provider uses. This serves what the provider calls with the secret key, and the one
 * call Stripe.js makes from the buyer's browser with the publishable key: confirming the intent.
 * It proves what the shop sends and does with Stripe's answers, not how Stripe itself behaves.
 */
import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/** Stripe's form encoding read back: `metadata[session_id]=…` and `expand[0]=…` become nested objects. */
export type StripeParams = { [key: string]: string | StripeParams }

export function parseStripeForm(encoded: string): StripeParams {
  const params: StripeParams = {}
  for (const [name, value] of new URLSearchParams(encoded)) {
    const path = name.split("[").map((part) => part.replace(/]$/, ""))
    let target = params
    for (const part of path.slice(0, -1)) {
      const next = target[part]
      if (typeof next === "object") {
        target = next
      } else {
        const nested: StripeParams = {}
        target[part] = nested
        target = nested
      }
    }
    target[path.at(-1)!] = value
  }
  return params
}

type IntentStatus = "requires_payment_method" | "requires_capture" | "succeeded" | "canceled"

/** Why the last card was refused, as Stripe puts it on the intent. */
type PaymentError = { type: "card_error"; code: string; decline_code?: string; message: string }

/** The fields of a PaymentIntent that the provider, Medusa's webhook handler and Stripe.js read. */
export type PaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: string
  client_secret: string
  customer: string | null
  description: string | null
  metadata: Record<string, string>
  payment_method: string | null
  latest_charge: string | null
  last_payment_error: PaymentError | null
  status: IntentStatus
  canceled_at: number | null
  created: number
  livemode: false
}

type StripeCall = { method: string; path: string; params: StripeParams }
type StripeErrorBody = { type: string; code?: string; decline_code?: string; message: string; payment_intent?: PaymentIntent }

class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message)
  }
}

export const stripeId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)

/** Stripe refuses an amount that is not a whole number of the currency's smallest unit, and so does this. */
function wholeAmount(params: StripeParams, name: string): number {
  const raw = params[name]
  if (typeof raw !== "string" || !/^\d+$/.test(raw)) {
    throw new StripeApiError(400, { type: "invalid_request_error", code: "parameter_invalid_integer", message: `Invalid integer: ${String(raw)}` })
  }
  return Number(raw)
}

const text = (params: StripeParams, name: string) => {
  const value = params[name]
  return typeof value === "string" ? value : undefined
}

/**
 * Stripe's test cards that the journey pays with (https://docs.stripe.com/testing): one accepted,
 * two refused as a bank refuses them. Any other number is refused as Stripe refuses a wrong one.
 */
export const TEST_CARDS = {
  visa: "4242424242424242",
  declined: "4000000000000002",
  insufficientFunds: "4000000000009995",
} as const

const REFUSALS: Record<string, PaymentError> = {
  [TEST_CARDS.declined]: { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  [TEST_CARDS.insufficientFunds]: {
    type: "card_error",
    code: "card_declined",
    decline_code: "insufficient_funds",
    message: "Your card has insufficient funds.",
  },
}

export type LocalStripeKeys = {
  /** The secret key the backend calls with; any other is refused as Stripe refuses it. */
  apiKey: string
  /** The key Stripe.js calls with from the browser; unset, the browser's confirm is refused. */
  publishableKey?: string
}

/**
 * What the provider calls of Stripe's API, kept in memory: PaymentIntents (create, update,
 * retrieve, capture, cancel), refunds, customers and payment methods; and the browser's confirm.
 * It answers as Stripe does, errors included (an intent captured or cancelled twice, a refund
 * beyond what was taken, a declined card), replays a request sent again with the same
 * Idempotency-Key, and records every call for the tests to read.
 */
export class LocalStripe {
  private readonly intents = new Map<string, PaymentIntent>()
  private readonly refunded = new Map<string, number>()
  private readonly customers = new Map<string, StripeParams & { id: string }>()
  private readonly replies = new Map<string, { path: string; status: number; body: unknown }>()
  private calls: StripeCall[] = []
  private readonly keys: LocalStripeKeys
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: Error) => {
      res.writeHead(500, { "content-type": "application/json" })
      res.end(JSON.stringify({ error: { type: "api_error", message: error.message } }))
    })
  })

  constructor(keys: string | LocalStripeKeys) {
    this.keys = typeof keys === "string" ? { apiKey: keys } : keys
  }

  /** Serves on 127.0.0.1, on `port` or any free one; returns its address, for STRIPE_API_URL. */
  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject)
      this.server.listen(port, "127.0.0.1", () => {
        this.server.off("error", reject)
        resolve()
      })
    })
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  forgetCalls() {
    this.calls = []
  }

  /** The parameters of each call to `method path`, in order. */
  callsTo(method: string, path: string): StripeParams[] {
    return this.calls.filter((call) => call.method === method && call.path === path).map((call) => call.params)
  }

  intent(id: string): PaymentIntent {
    const intent = this.intents.get(id)
    if (!intent) throw new StripeApiError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${id}'` })
    return { ...intent, metadata: { ...intent.metadata } }
  }

  /**
   * The buyer's card is accepted, as Stripe.js confirms it in the browser with the intent's client
   * secret: held for a later capture, or taken at once (`captured`) as Stripe does with automatic capture.
   */
  confirmCard(id: string, { captured = false } = {}): PaymentIntent {
    const intent = this.intents.get(id)!
    Object.assign(intent, {
      payment_method: "pm_card_visa",
      latest_charge: stripeId("ch"),
      last_payment_error: null,
      ...(captured
        ? { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 }
        : { status: "requires_capture", amount_capturable: intent.amount }),
    })
    return this.intent(id)
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    const method = req.method ?? "GET"
    const reply = (status: number, body: unknown) => {
      // Stripe's API answers the browser's Stripe.js from another origin, as this does the storefront's page.
      res.writeHead(status, { "content-type": "application/json", "request-id": stripeId("req"), "access-control-allow-origin": "*" })
      res.end(JSON.stringify(body))
    }
    if (method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": "authorization, content-type",
      })
      return res.end()
    }
    const params = parseStripeForm(method === "POST" ? Buffer.concat(chunks).toString("utf8") : url.search.slice(1))
    this.calls.push({ method, path: url.pathname, params })

    const confirm = /^\/v1\/payment_intents\/[^/]+\/confirm$/.test(url.pathname)
    // Stripe.js sends the publishable key in the form, with the intent's client secret; the backend its secret key.
    const key = confirm ? (text(params, "key") ?? req.headers.authorization?.replace(/^Bearer /, "")) : req.headers.authorization?.replace(/^Bearer /, "")
    const expected = confirm ? this.keys.publishableKey : this.keys.apiKey
    if (!expected || key !== expected) {
      return reply(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided." } })
    }
    const idempotencyKey = method === "POST" ? req.headers["idempotency-key"] : undefined
    const replayed = typeof idempotencyKey === "string" ? this.replies.get(idempotencyKey) : undefined
    if (replayed) {
      if (replayed.path === url.pathname) return reply(replayed.status, replayed.body)
      return reply(400, { error: { type: "idempotency_error", message: "Keys for idempotent requests can only be used for the same request." } })
    }

    let status = 200
    let body: unknown
    try {
      body = this.answer(method, url.pathname, params)
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error
      status = error.status
      body = { error: error.body }
    }
    if (typeof idempotencyKey === "string") this.replies.set(idempotencyKey, { path: url.pathname, status, body })
    reply(status, body)
  }

  private answer(method: string, path: string, params: StripeParams): unknown {
    const [, , resource, id, action] = path.split("/")
    switch (`${method} ${resource}${id ? "/:id" : ""}${action ? `/${action}` : ""}`) {
      case "POST payment_intents":
        return this.createIntent(params)
      case "GET payment_intents/:id":
        return this.view(this.intent(id!), params)
      case "POST payment_intents/:id":
        return this.updateIntent(id!, params)
      case "POST payment_intents/:id/confirm":
        return this.confirmFromBrowser(id!, params)
      case "POST payment_intents/:id/capture":
        return this.capture(id!, params)
      case "POST payment_intents/:id/cancel":
        return this.cancel(id!, params)
      case "POST refunds":
        return this.refund(params)
      case "POST customers":
        return this.saveCustomer(stripeId("cus"), params)
      case "POST customers/:id":
        return this.saveCustomer(id!, params)
      case "DELETE customers/:id":
        this.customers.delete(id!)
        return { id, object: "customer", deleted: true }
      case "GET payment_methods/:id":
        return { id, object: "payment_method", type: "card", card: { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 } }
      default:
        throw new StripeApiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` })
    }
  }

  /** An intent with `expand[]=payment_method` carries the payment method itself, not its id. */
  private view(intent: PaymentIntent, params: StripeParams) {
    const expand = params.expand
    const expanded = typeof expand === "object" && Object.values(expand).includes("payment_method")
    return expanded && intent.payment_method
      ? { ...intent, payment_method: this.answer("GET", `/v1/payment_methods/${intent.payment_method}`, {}) }
      : intent
  }

  private createIntent(params: StripeParams) {
    const id = stripeId("pi")
    const metadata = typeof params.metadata === "object" ? (params.metadata as Record<string, string>) : {}
    this.intents.set(id, {
      id,
      object: "payment_intent",
      amount: wholeAmount(params, "amount"),
      amount_capturable: 0,
      amount_received: 0,
      currency: text(params, "currency") ?? "",
      capture_method: text(params, "capture_method") ?? "automatic",
      client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
      customer: text(params, "customer") ?? null,
      description: text(params, "description") ?? null,
      metadata,
      payment_method: null,
      latest_charge: null,
      last_payment_error: null,
      status: "requires_payment_method",
      canceled_at: null,
      created: now(),
      livemode: false,
    })
    return this.view(this.intent(id), params)
  }

  private unexpectedState(intent: PaymentIntent, doing: string): StripeApiError {
    return new StripeApiError(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message: `This PaymentIntent could not be ${doing} because it has a status of ${intent.status}.`,
      payment_intent: intent,
    })
  }

  /**
   * The browser's confirm, with the intent's client secret and the card the buyer typed: Stripe's
   * test cards are accepted or refused as Stripe does, and an accepted card is held (manual capture).
   */
  private confirmFromBrowser(id: string, params: StripeParams) {
    const intent = this.intent(id)
    if (text(params, "client_secret") !== intent.client_secret) {
      throw new StripeApiError(400, {
        type: "invalid_request_error",
        code: "payment_intent_invalid_parameter",
        message: "The client_secret provided does not match the client_secret associated with the PaymentIntent.",
      })
    }
    if (intent.status !== "requires_payment_method") throw this.unexpectedState(intent, "confirmed")
    const methodData = params.payment_method_data
    const card = typeof methodData === "object" && typeof methodData.card === "object" ? methodData.card : {}
    const number = text(card, "number")?.replace(/\s/g, "") ?? ""
    if (number !== TEST_CARDS.visa) {
      const refusal = REFUSALS[number] ?? { type: "card_error", code: "incorrect_number", message: "Your card number is incorrect." }
      this.intents.set(id, { ...intent, last_payment_error: refusal })
      throw new StripeApiError(402, { ...refusal, payment_intent: this.intent(id) })
    }
    return this.confirmCard(id, { captured: intent.capture_method !== "manual" })
  }

  private updateIntent(id: string, params: StripeParams) {
    const intent = this.intent(id)
    if (intent.status !== "requires_payment_method") throw this.unexpectedState(intent, "updated")
    this.intents.set(id, { ...intent, ...(params.amount === undefined ? {} : { amount: wholeAmount(params, "amount") }) })
    return this.view(this.intent(id), params)
  }

  private capture(id: string, params: StripeParams) {
    const intent = this.intent(id)
    if (intent.status !== "requires_capture") throw this.unexpectedState(intent, "captured")
    const amount = params.amount_to_capture === undefined ? intent.amount_capturable : wholeAmount(params, "amount_to_capture")
    this.intents.set(id, { ...intent, status: "succeeded", amount_received: amount, amount_capturable: 0 })
    return this.view(this.intent(id), params)
  }

  private cancel(id: string, params: StripeParams) {
    const intent = this.intent(id)
    if (intent.status === "succeeded" || intent.status === "canceled") throw this.unexpectedState(intent, "canceled")
    this.intents.set(id, { ...intent, status: "canceled", amount_capturable: 0, canceled_at: now() })
    return this.view(this.intent(id), params)
  }

  private refund(params: StripeParams) {
    const intent = this.intent(text(params, "payment_intent") ?? "")
    const refunded = this.refunded.get(intent.id) ?? 0
    const left = intent.amount_received - refunded
    if (intent.status === "succeeded" && left === 0) {
      throw new StripeApiError(400, { type: "invalid_request_error", code: "charge_already_refunded", message: `Charge ${intent.latest_charge} has already been refunded.` })
    }
    const amount = params.amount === undefined ? left : wholeAmount(params, "amount")
    if (intent.status !== "succeeded" || amount > left) {
      throw new StripeApiError(400, { type: "invalid_request_error", code: "amount_too_large", message: `Refund amount (${amount}) is greater than unrefunded amount on charge (${left}).` })
    }
    this.refunded.set(intent.id, refunded + amount)
    return { id: stripeId("re"), object: "refund", amount, currency: intent.currency, payment_intent: intent.id, charge: intent.latest_charge, status: "succeeded" }
  }

  private saveCustomer(id: string, params: StripeParams) {
    const customer = { ...this.customers.get(id), ...params, id, object: "customer" }
    this.customers.set(id, customer)
    return customer
  }
}
