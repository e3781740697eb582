/**
 * A buyer pays by card, in Vietnamese and in English: a declined card first, told in the buyer's
 * language with nothing ordered, then a good one, and the order is placed with the card held at
 * "Stripe" for the cart's total in whole đồng.
 *
 * Offline, with two stand-ins: the backend's Stripe provider talks to a local Stripe-compatible
 * server (e2e/src/local-stripe.ts, started by global-setup), and the page gets a stand-in for
 * Stripe.js (e2e/src/stripe-js-stand-in.ts) through page.route, since js.stripe.com cannot be
 * reached. This proves the storefront's side: cards offered only when configured, Stripe.js loaded
 * only on the card step, the session's client secret handed to it, the card confirmed before the
 * order is placed, Stripe's refusals said in the buyer's words, an accessible card step. It does not
 * prove Stripe's own Payment Element or API; the README says how to check those in test mode.
 */
import { type APIRequestContext, expect as baseExpect, type Page, test } from "@playwright/test"
import { TEST_CARDS } from "@ocop/backend/integration-tests/stripe-server"
import {
  addToCartFromProductPage,
  CHECKOUT_EN,
  CHECKOUT_VI,
  type CheckoutLabels,
  expectNoSeriousAxeViolations,
  fillDeliveryDetails,
  formatVnd,
} from "../src/checkout-steps"
import { adminHeaders, open } from "../src/journey"
import { localPaymentIntent, localStripeUrl } from "../src/local-stripe"
import { readStack } from "../src/stack"
import { serveStripeJsStandIn } from "../src/stripe-js-stand-in"

// The journeys sell from the same stock: one after the other, with a development stack's pace.
test.describe.configure({ mode: "serial", timeout: 600_000 })
const expect = baseExpect.configure({ timeout: 90_000 })

type Language = CheckoutLabels & {
  card: RegExp
  cardHeading: string
  cardNumber: string
  expiry: RegExp
  cvc: RegExp
  pay: (total: string) => string
  declined: string
  incomplete: string
  cardLabel: string
  unavailable: RegExp
}

const VI: Language = {
  ...CHECKOUT_VI,
  card: /^Thẻ ngân hàng/,
  cardHeading: "Thông tin thẻ",
  cardNumber: "Số thẻ",
  expiry: /^Ngày hết hạn/,
  cvc: /^Mã bảo mật/,
  pay: (total) => `Thanh toán ${total} và đặt hàng`,
  declined: "Ngân hàng phát hành thẻ đã từ chối giao dịch. Xin dùng thẻ khác hoặc chọn cách thanh toán khác.",
  incomplete: "Thông tin thẻ chưa đủ. Xin xem các ô được đánh dấu.",
  cardLabel: "Thẻ ngân hàng",
  unavailable: /^Hệ thống bán hàng đang tạm thời gián đoạn/,
}

const EN: Language = {
  ...CHECKOUT_EN,
  card: /^Bank card/,
  cardHeading: "Card details",
  cardNumber: "Card number",
  expiry: /^Expiry date/,
  cvc: /^Security code/,
  pay: (total) => `Pay ${total} and place order`,
  declined: "Your card's bank declined the payment. Please use another card or choose another way to pay.",
  incomplete: "The card details are not complete. Please see the marked fields.",
  cardLabel: "Bank card",
  unavailable: /^The shop's system is temporarily unavailable/,
}

/** Skips this journey, saying why in the run's output too: cards are not set up on the stack it runs against. */
function skipBecause(reason: string): never {
  console.log(`card journey skipped: ${reason}`)
  test.skip(true, reason)
  throw new Error("unreachable: test.skip throws")
}

/** The PaymentIntent of the browser's cart, as the backend opened it for the card session. */
async function cartIntentId(page: Page, request: APIRequestContext): Promise<string> {
  const stack = readStack()
  const cartId = (await page.context().cookies()).find((cookie) => cookie.name === "ocop_cart")?.value
  expect(cartId).toBeTruthy()
  const response = await request.get(`${stack.backendUrl}/store/carts/${cartId}`, {
    headers: { "x-publishable-api-key": stack.publishableKey },
    params: { fields: "id,*payment_collection.payment_sessions" },
  })
  expect(response.status()).toBe(200)
  const { cart } = await response.json()
  return cart.payment_collection.payment_sessions[0].data.id as string
}

async function fillCard(page: Page, language: Language, number: string) {
  await page.getByLabel(language.cardNumber).fill(number)
  await page.getByLabel(language.expiry).fill("12 / 34")
  await page.getByLabel(language.cvc).fill("123")
}

async function payByCard(page: Page, request: APIRequestContext, language: Language) {
  const stack = readStack()
  const stripeUrl = localStripeUrl()
  if (!stripeUrl) skipBecause("global-setup could not start the local Stripe server (see its line above).")
  const stripeJsRequests = await serveStripeJsStandIn(page, stripeUrl)

  await addToCartFromProductPage(page, language, "mien-dong-tai-hoan", 1)

  await open(page, `${stack.storefrontUrl}${language.checkoutPath}`)
  await fillDeliveryDetails(page, language, `card${language.prefix.replace("/", ".")}@example.vn`)
  const card = page.getByRole("radio", { name: language.card })
  if ((await card.count()) === 0) {
    skipBecause(
      "the running stack offers no cards (its backend has no STRIPE_API_KEY, or its storefront no NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY); " +
        "stop it to let the journeys start one with cards, or start it with the environment cardPaymentEnv() in e2e/src/local-stripe.ts gives.",
    )
  }
  await card.check()
  // Not on the product page, not on the details step: Stripe.js is fetched where the card is paid.
  expect(stripeJsRequests).toEqual([])
  await page.getByRole("button", { name: language.toReview }).click()
  const unsaved = page.getByRole("alert").filter({ hasText: language.unavailable })
  await expect(page.getByRole("heading", { name: language.cardHeading }).or(unsaved)).toBeVisible()
  if (await unsaved.isVisible()) {
    skipBecause(`the running stack's backend could not open a card payment: its STRIPE_API_URL is not this run's local server at ${stripeUrl}.`)
  }
  await expect(page).toHaveURL(/step=review/)

  const intentId = await cartIntentId(page, request)
  const intent = await localPaymentIntent(stripeUrl, intentId)
  if (!intent) skipBecause(`the running stack's cards go to another Stripe server than this run's local one at ${stripeUrl}.`)
  // VND has no minor unit: Stripe is asked for the đồng the buyer sees, never ×100.
  expect(intent).toMatchObject({ currency: "vnd", status: "requires_payment_method", capture_method: "manual" })
  const total = formatVnd(intent.amount)

  await expect(page.getByRole("heading", { name: language.cardHeading })).toBeVisible()
  await expect(page.getByLabel(language.cardNumber)).toBeVisible()
  expect(stripeJsRequests).toHaveLength(1)
  const pay = page.getByRole("button", { name: language.pay(total) })
  await expect(pay).toBeVisible()
  await expectNoSeriousAxeViolations(page)

  // Nothing typed: the card form says so, and so does the shop, in the buyer's words.
  await pay.click()
  await expect(page.getByRole("alert").filter({ hasText: language.incomplete })).toBeVisible()

  // Declined by the bank (Stripe's test card 4000 0000 0000 0002): said in the buyer's language; nothing ordered.
  await fillCard(page, language, TEST_CARDS.declined)
  await pay.click()
  const refusal = page.getByRole("alert").filter({ hasText: language.declined })
  await expect(refusal).toBeVisible()
  await expect(refusal).toBeFocused()
  await expect(page).toHaveURL(/step=review/)
  expect((await localPaymentIntent(stripeUrl, intentId))?.status).toBe("requires_payment_method")
  await expectNoSeriousAxeViolations(page)

  // Another card, accepted: held at Stripe, then the order is placed by the same path as every way to pay.
  await fillCard(page, language, TEST_CARDS.visa)
  await pay.click()
  await expect(page).toHaveURL(new RegExp(`${language.prefix}/(don-hang|orders)/order_`))
  const orderId = page.url().split("/").pop()!
  await expect(page.getByText(language.cardLabel, { exact: true })).toBeVisible()

  const held = await localPaymentIntent(stripeUrl, intentId)
  expect(held).toMatchObject({ status: "requires_capture", amount: intent.amount })
  const admin = await adminHeaders(request)
  const { order } = await (
    await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, {
      headers: admin,
      params: { fields: "id,total,payment_status,payment_collections.payments.provider_id,payment_collections.payments.amount,payment_collections.payments.data" },
    })
  ).json()
  expect(order.payment_status).toBe("authorized")
  expect(order.total).toBe(intent.amount)
  expect(order.payment_collections[0].payments).toEqual([
    expect.objectContaining({ provider_id: "pp_stripe_stripe", amount: intent.amount, data: expect.objectContaining({ id: intentId }) }),
  ])
}

for (const language of [VI, EN]) {
  const name = language.prefix ? "in English" : "in Vietnamese"
  test(`a buyer pays by card: a declined card is told in the buyer's words, a good one places the order held for the total in đồng (${name})`, async ({
    page,
    request,
  }) => {
    await payByCard(page, request, language)
  })
}
