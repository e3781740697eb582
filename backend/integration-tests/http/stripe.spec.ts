/**
 * Card payments by Stripe, offline. api.stripe.com cannot be reached from here, so Medusa's Stripe
 * provider (src/modules/card-payment-stripe, aimed by STRIPE_API_URL) talks to a small
 * Stripe-compatible server this suite starts (../stripe-server.ts, shared with the card journey):
 * stripe-stateful-mock serves no PaymentIntents, the only Stripe API the provider uses. Webhooks
 * are signed with the stripe library, as Stripe signs them, and delivered to Medusa's own hook route.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { processPaymentWorkflowId, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Stripe from "stripe"
import { createTestProducer, createTestProduct, HAI_HAU_SHIPPING_ADDRESS, type Headers, setUpStore, signInOperator, TEST_PRODUCERS } from "../fixtures"
import { eventually } from "../helpers"
import { LocalStripe, type PaymentIntent, stripeId } from "../stripe-server"

jest.setTimeout(5 * 60 * 1000)

/** Not a key: the local server takes this one and no other, so no real key is ever needed or sent. */
const STRIPE_API_KEY = "sk_test_offline"
const STRIPE_WEBHOOK_SECRET = "whsec_offline"
/** Provider `stripe` registered with id `stripe`. */
const CARD_PROVIDER_ID = "pp_stripe_stripe"
/** Medusa's hook route takes the provider id without its `pp_`. */
const STRIPE_HOOK = "/hooks/payment/stripe_stripe"
/** Medusa handles a webhook 5 s after taking it (the payment module's webhook_delay), then works on it. */
const WEBHOOK_OUTCOME_MS = 30_000

const now = () => Math.floor(Date.now() / 1000)

type SignedEvent = { payload: string; signature: string }

/** A Stripe event about the intent as it is now, signed as Stripe signs webhooks (with `secret`). */
function signedEvent(type: string, intent: PaymentIntent, secret = STRIPE_WEBHOOK_SECRET): SignedEvent {
  const payload = JSON.stringify({
    id: stripeId("evt"),
    object: "event",
    api_version: "2024-04-10",
    created: now(),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: intent },
  })
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) }
}

/** Counts the runs of Medusa's webhook workflow as they end, so a test knows every delivered event has been handled. */
async function countHandledWebhooks(container: MedusaContainer) {
  let handled = 0
  await container.resolve(Modules.WORKFLOW_ENGINE).subscribe({
    workflowId: processPaymentWorkflowId,
    subscriber: ({ eventType }: { eventType: string }) => {
      if (eventType === "onFinish") handled += 1
    },
  })
  return async () => handled
}

type OperatorPayment = {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  canceled_at: string | null
  captures: { amount: number }[]
  refunds: { amount: number }[]
}
type OperatorOrder = { id: string; payment_status: string; payment_collections: { status: string; payments: OperatorPayment[] }[] }

const OPERATOR_ORDER_FIELDS = [
  "id",
  "payment_status",
  "payment_collections.status",
  ...["id", "provider_id", "amount", "captured_at", "canceled_at", "captures.amount", "refunds.amount"].map(
    (field) => `payment_collections.payments.${field}`,
  ),
].join(",")

const stripe = new LocalStripe(STRIPE_API_KEY)

// Before the runner's own beforeAll reads medusa-config.ts, which registers the provider only with a key.
beforeAll(async () => {
  process.env.STRIPE_API_URL = await stripe.listen()
  process.env.STRIPE_API_KEY = STRIPE_API_KEY
  process.env.STRIPE_WEBHOOK_SECRET = STRIPE_WEBHOOK_SECRET
})

afterAll(() => stripe.close())

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Headers
    let adminHeaders: Headers
    let regionId: string
    let variantId: string
    let handledWebhooks: () => Promise<number>

    // Loaded once; the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      const container = getContainer()
      const store = await setUpStore(container)
      storeHeaders = store.storeHeaders
      regionId = store.regionId
      // Cards enabled in the region as an operator does in the Admin; kept if the store setup did it already.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: regions } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: regionId } })
      const enabled = (regions[0]?.payment_providers ?? []).flatMap((provider: { id: string } | null) => (provider ? [provider.id] : []))
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: regionId }, update: { payment_providers: [...new Set([...enabled, CARD_PROVIDER_ID])] } },
      })
      const producer = await createTestProducer(container, TEST_PRODUCERS.taiHoan)
      const product = await createTestProduct(container, store, {
        producer,
        title: "Miến dong Tài Hoan",
        handle: "mien-dong-tai-hoan",
        productSet: 7,
        variants: [{ title: "Gói 1 kg", priceVnd: 120_000, stock: 20 }],
      })
      variantId = product.variants[0]!.id
      adminHeaders = await signInOperator(container, api)
      handledWebhooks = await countHandledWebhooks(container)
    })

    beforeEach(() => stripe.forgetCalls())

    /** A guest's cart of one 1 kg pack (120.000 ₫) with standard delivery (30.000 ₫), to pay 150.000 ₫ by card. */
    const cardCheckout = async () => {
      const { data } = await api.post(
        "/store/carts",
        { region_id: regionId, email: "lan.nguyen@example.vn", shipping_address: HAI_HAU_SHIPPING_ADDRESS },
        storeHeaders,
      )
      const cartId = data.cart.id as string
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, storeHeaders)
      await api.post(`/store/carts/${cartId}/delivery`, { kind: "standard" }, storeHeaders)
      const { data: created } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders)
      const { data: paying } = await api.post(
        `/store/payment-collections/${created.payment_collection.id}/payment-sessions`,
        { provider_id: CARD_PROVIDER_ID },
        storeHeaders,
      )
      const session = paying.payment_collection.payment_sessions[0] as { id: string; amount: number; data: { id: string; client_secret: string } }
      return { cartId, sessionId: session.id, amount: session.amount, intentId: session.data.id, clientSecret: session.data.client_secret }
    }

    const completeCart = async (cartId: string) => {
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      return data as { type: string; order: { id: string } }
    }

    const operatorView = async (orderId: string): Promise<OperatorOrder> =>
      (await api.get(`/admin/orders/${orderId}?fields=${OPERATOR_ORDER_FIELDS}`, adminHeaders)).data.order

    const ordersInShop = async () => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"] })
      return data as { id: string }[]
    }

    /** What Medusa's hook route answers: its status, whether it took the event or refused it. */
    const deliver = async (event: SignedEvent, headers: Record<string, string> = { "stripe-signature": event.signature }) => {
      const response = await api
        .post(STRIPE_HOOK, event.payload, { headers: { "content-type": "application/json", ...headers } })
        .catch((error: { response?: { status: number } }) => error.response)
      return response?.status
    }

    it("asks Stripe for 150000 vnd for a 150.000 ₫ cart; the order is authorised, and the operator captures and refunds in whole đồng", async () => {
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${regionId}`, storeHeaders)
      expect(providers.payment_providers.map((provider: { id: string }) => provider.id)).toContain(CARD_PROVIDER_ID)

      const checkout = await cardCheckout()
      expect(checkout.amount).toBe(150_000)
      // VND has no minor unit: Stripe is sent the đồng as they are, not ×100.
      expect(stripe.callsTo("POST", "/v1/payment_intents")).toEqual([
        expect.objectContaining({ amount: "150000", currency: "vnd", capture_method: "manual", metadata: { session_id: checkout.sessionId } }),
      ])
      // What the storefront's Payment Element confirms the card with.
      expect(checkout.clientSecret).toMatch(new RegExp(`^${checkout.intentId}_secret_`))

      stripe.confirmCard(checkout.intentId)
      const placed = await completeCart(checkout.cartId)
      expect(placed.type).toBe("order")
      const authorised = await operatorView(placed.order.id)
      expect(authorised.payment_status).toBe("authorized")
      const [payment] = authorised.payment_collections[0]!.payments
      expect(payment).toMatchObject({ provider_id: CARD_PROVIDER_ID, amount: 150_000, captured_at: null })

      await api.post(`/admin/payments/${payment!.id}/capture`, {}, adminHeaders)
      expect(stripe.callsTo("POST", `/v1/payment_intents/${checkout.intentId}/capture`)).toHaveLength(1)
      expect(stripe.intent(checkout.intentId)).toMatchObject({ status: "succeeded", amount_received: 150_000 })
      expect((await operatorView(placed.order.id)).payment_status).toBe("captured")

      await api.post(`/admin/payments/${payment!.id}/refund`, { amount: 50_000 }, adminHeaders)
      expect(stripe.callsTo("POST", "/v1/refunds")).toEqual([{ amount: "50000", payment_intent: checkout.intentId }])
      const refunded = await operatorView(placed.order.id)
      expect(refunded.payment_status).toBe("partially_refunded")
      expect(refunded.payment_collections[0]!.payments[0]!.refunds.map((refund) => refund.amount)).toEqual([50_000])
    })

    it("releases the card's hold at Stripe when the operator cancels an authorised order", async () => {
      const checkout = await cardCheckout()
      stripe.confirmCard(checkout.intentId)
      const placed = await completeCart(checkout.cartId)

      await api.post(`/admin/orders/${placed.order.id}/cancel`, {}, adminHeaders)
      expect(stripe.callsTo("POST", `/v1/payment_intents/${checkout.intentId}/cancel`)).toHaveLength(1)
      expect(stripe.intent(checkout.intentId).status).toBe("canceled")
      const cancelled = await operatorView(placed.order.id)
      expect(cancelled.payment_status).toBe("canceled")
      expect(cancelled.payment_collections[0]!.payments[0]!.canceled_at).toBeTruthy()
      expect(stripe.callsTo("POST", `/v1/payment_intents/${checkout.intentId}/capture`)).toEqual([])
    })

    /** Events about the buyer's authorised card whose signature does not hold: forged, altered after signing, unsigned. */
    const badlySigned = (intent: PaymentIntent) => {
      const genuine = signedEvent("payment_intent.amount_capturable_updated", intent)
      const tampered = genuine.payload.replace('"amount":150000', '"amount":1000')
      expect(tampered).not.toBe(genuine.payload)
      return [
        () => deliver(signedEvent("payment_intent.amount_capturable_updated", intent, "whsec_not_ours")),
        () => deliver({ payload: tampered, signature: genuine.signature }),
        () => deliver(genuine, {}),
      ]
    }

    it("answers 400 to a webhook whose signature does not hold", async () => {
      const checkout = await cardCheckout()
      for (const send of badlySigned(stripe.confirmCard(checkout.intentId))) expect(await send()).toBe(400)
    })

    it("changes nothing for a webhook whose signature does not hold", async () => {
      const refused = await cardCheckout()
      const handledBefore = await handledWebhooks()
      for (const send of badlySigned(stripe.confirmCard(refused.intentId))) await send()

      // Events are handled in the order they came, each after the same delay: once a good one for
      // another cart, sent after them, has been handled, the refused ones have had their turn.
      const other = await cardCheckout()
      expect(await deliver(signedEvent("payment_intent.amount_capturable_updated", stripe.confirmCard(other.intentId)))).toBe(200)
      await eventually(handledWebhooks, (handled) => handled === handledBefore + 1, WEBHOOK_OUTCOME_MS)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: placedFor } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { cart_id: [refused.cartId, other.cartId] } })
      expect(placedFor.map((link: { cart_id: string }) => link.cart_id)).toEqual([other.cartId])
      expect(await ordersInShop()).toHaveLength(1)
      const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["status", "authorized_at"], filters: { id: refused.sessionId } })
      expect(sessions[0]).toMatchObject({ status: "pending", authorized_at: null })
      // Medusa never even asked Stripe about the refused cart's payment.
      expect(stripe.callsTo("GET", `/v1/payment_intents/${refused.intentId}`)).toEqual([])
    })

    it("places one order and captures once however often Stripe delivers the same event, before or after the browser completes the cart", async () => {
      const checkout = await cardCheckout()
      const handledBefore = await handledWebhooks()
      const authorised = signedEvent("payment_intent.amount_capturable_updated", stripe.confirmCard(checkout.intentId))
      // Stripe retries a delivery it thinks failed; here, ten copies of one event before the browser's complete call.
      expect(await Promise.all(Array.from({ length: 10 }, () => deliver(authorised)))).toEqual(Array(10).fill(200))
      await eventually(handledWebhooks, (handled) => handled === handledBefore + 10, WEBHOOK_OUTCOME_MS)
      const [order, ...more] = await ordersInShop()
      expect(more).toEqual([])

      // The browser's own complete call, late, is given that same order.
      expect(await completeCart(checkout.cartId)).toMatchObject({ type: "order", order: { id: order!.id } })
      const placed = await operatorView(order!.id)
      expect(placed.payment_status).toBe("authorized")
      expect(placed.payment_collections[0]!.payments).toHaveLength(1)

      // The operator captures; Stripe then tells of it, ten times over.
      await api.post(`/admin/payments/${placed.payment_collections[0]!.payments[0]!.id}/capture`, {}, adminHeaders)
      const succeeded = signedEvent("payment_intent.succeeded", stripe.intent(checkout.intentId))
      expect(await Promise.all(Array.from({ length: 10 }, () => deliver(succeeded)))).toEqual(Array(10).fill(200))
      await eventually(handledWebhooks, (handled) => handled === handledBefore + 20, WEBHOOK_OUTCOME_MS)

      const captured = await operatorView(order!.id)
      expect(captured.payment_status).toBe("captured")
      expect(captured.payment_collections[0]!.payments[0]!.captures.map((capture) => capture.amount)).toEqual([150_000])
      expect(stripe.callsTo("POST", `/v1/payment_intents/${checkout.intentId}/capture`)).toHaveLength(1)
      expect(await ordersInShop()).toHaveLength(1)
    })

    it("a payment_intent.succeeded that arrives before the order exists still ends in exactly one paid order", async () => {
      const checkout = await cardCheckout()
      const handledBefore = await handledWebhooks()
      // Stripe took the money at once, and its event reaches Medusa before the browser's complete call.
      const succeeded = signedEvent("payment_intent.succeeded", stripe.confirmCard(checkout.intentId, { captured: true }))
      expect(await deliver(succeeded)).toBe(200)
      await eventually(handledWebhooks, (handled) => handled === handledBefore + 1, WEBHOOK_OUTCOME_MS)
      const [order, ...more] = await ordersInShop()
      expect(order).toBeDefined()
      expect(more).toEqual([])

      expect(await completeCart(checkout.cartId)).toMatchObject({ type: "order", order: { id: order!.id } })
      const paid = await operatorView(order!.id)
      expect(paid.payment_status).toBe("captured")
      expect(paid.payment_collections[0]!.payments).toHaveLength(1)
      expect(paid.payment_collections[0]!.payments[0]!.captures.map((capture) => capture.amount)).toEqual([150_000])
      // The money was taken at Stripe already: Medusa records it and asks for no capture.
      expect(stripe.callsTo("POST", `/v1/payment_intents/${checkout.intentId}/capture`)).toEqual([])
      expect(await ordersInShop()).toHaveLength(1)
    })
  },
})
