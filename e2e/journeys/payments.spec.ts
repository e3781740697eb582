/**
 * The ways to pay, as a buyer and the operator meet them: a VietQR transfer confirmed by a signed
 * bank notification while the confirmation page is open, cash on delivery captured when the
 * operator marks the parcel delivered, and cash on delivery closed above its ceiling.
 */
import { sepayNotification } from "@ocop/backend/integration-tests/bank-notifications"
import { type APIRequestContext, expect as baseExpect, type Page, test } from "@playwright/test"
import {
  addToCartFromProductPage,
  CHECKOUT_EN,
  CHECKOUT_VI,
  type CheckoutLabels,
  expectNoSeriousAxeViolations,
  fillDeliveryDetails,
  formatVnd,
} from "../src/checkout-steps"
import { adminHeaders, markDelivered, open, packOrder } from "../src/journey"
import { readStack } from "../src/stack"

// The journeys sell from the same stock: one after the other, with a development stack's pace.
test.describe.configure({ mode: "serial", timeout: 600_000 })
const expect = baseExpect.configure({ timeout: 90_000 })

type Language = CheckoutLabels & {
  cashOnDelivery: RegExp
  vietQr: RegExp
  transferHeading: string
  paidHeading: string
  accountLabel: string
  codClosed: RegExp
  paid: string
}

const VI: Language = {
  ...CHECKOUT_VI,
  cashOnDelivery: /^Thanh toán khi nhận hàng/,
  vietQr: /^Chuyển khoản VietQR/,
  transferHeading: "Chuyển khoản để hoàn tất đơn hàng",
  paidHeading: "Đã nhận tiền chuyển khoản",
  accountLabel: "Số tài khoản",
  codClosed: /chỉ áp dụng cho đơn đến 5\.000\.000\s₫/,
  paid: "Đã thanh toán",
}

const EN: Language = {
  ...CHECKOUT_EN,
  cashOnDelivery: /^Cash on delivery/,
  vietQr: /^VietQR bank transfer/,
  transferHeading: "Make the bank transfer to complete your order",
  paidHeading: "Transfer received",
  accountLabel: "Account number",
  codClosed: /for orders up to 5\.000\.000\s₫/,
  paid: "Paid",
}

/** From the checkout form to the placed order's confirmation page, paying with `method`. */
async function placeOrder(page: Page, language: Language, method: RegExp, email: string): Promise<string> {
  const stack = readStack()
  await open(page, `${stack.storefrontUrl}${language.checkoutPath}`)
  await fillDeliveryDetails(page, language, email)
  await page.getByRole("radio", { name: method }).check()
  await expectNoSeriousAxeViolations(page)
  await page.getByRole("button", { name: language.toReview }).click()
  await expect(page).toHaveURL(/step=review/)
  await page.getByRole("button", { name: language.placeOrder }).click()
  await expect(page).toHaveURL(new RegExp(`${language.prefix}/(don-hang|orders)/order_`))
  return page.url().split("/").pop()!
}

/** The order's payment as its buyer's browser asks for it (the storefront's route the page polls, with this browser's cookies). */
async function paymentState(page: Page, orderId: string): Promise<string> {
  const response = await page.request.get(`${readStack().storefrontUrl}/api/orders/${orderId}/payment`)
  return (await response.json()).state
}

async function payByVietQr(page: Page, request: APIRequestContext, language: Language) {
  const stack = readStack()
  await addToCartFromProductPage(page, language, "mien-dong-tai-hoan", 1)
  const orderId = await placeOrder(page, language, language.vietQr, `vietqr${language.prefix.replace("/", ".")}@example.vn`)

  // The transfer to make, beside its code: the values a buyer would copy into a bank app.
  const panel = page.getByRole("region", { name: language.transferHeading })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole("img", { name: /VietQR/ })).toBeVisible()
  await expect(panel.locator("[data-transfer-value=account]")).toHaveText("1023456789")
  const reference = (await panel.locator("[data-transfer-value=reference]").textContent())!.trim()
  expect(reference).toMatch(/^OCOP[0-9A-Z]{8}$/)
  const { order } = await (
    await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, { headers: await adminHeaders(request), params: { fields: "id,total" } })
  ).json()
  const amount = order.total as number
  await expect(panel.locator("[data-transfer-value=amount]")).toHaveText(formatVnd(amount))
  // Bank, holder, account, amount and reference: each can be copied into a bank app typed by hand.
  await expect(panel.getByRole("button", { name: language.prefix ? "Copy" : "Sao chép" })).toHaveCount(5)
  await expectNoSeriousAxeViolations(page)

  // The bank tells the shop (SePay, signed as SePay signs); the open page turns to paid by itself.
  await page.evaluate(() => {
    ;(window as unknown as { stillThisPage: boolean }).stillThisPage = true
  })
  const notification = sepayNotification({ amount, content: `MBVCB.3278907687.${reference}.CT tu 0912345678 NGUYEN THI LAN` })
  const answer = await request.post(`${stack.backendUrl}${notification.path}`, { data: notification.body, headers: notification.headers })
  expect(answer.status()).toBe(200)
  expect(await answer.json()).toMatchObject({ recorded: true, outcome: "paid" })
  await expect(page.getByRole("heading", { name: language.paidHeading })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true)
  expect(await paymentState(page, orderId)).toBe("paid")
}

async function cashOnDeliveryCapturedWhenDelivered(page: Page, request: APIRequestContext, language: Language) {
  await addToCartFromProductPage(page, language, "mien-dong-tai-hoan", 1)
  const orderId = await placeOrder(page, language, language.cashOnDelivery, `cod${language.prefix.replace("/", ".")}@example.vn`)
  expect(await paymentState(page, orderId)).toBe("awaiting")

  // The operator ships the parcel and marks it delivered, as in Medusa Admin.
  const parcel = await packOrder(request, orderId)
  expect(await paymentState(page, orderId)).toBe("awaiting")
  await markDelivered(request, orderId, parcel)
  await expect.poll(() => paymentState(page, orderId), { timeout: 60_000 }).toBe("paid")
  await page.reload()
  await expect(page.locator("[data-payment-state=paid]")).toHaveText(language.paid)
}

async function cashOnDeliveryClosedAboveCeiling(page: Page, language: Language) {
  const stack = readStack()
  // 19 bottles of 700 ml Rượu mơ Yên Tử at 270.000 ₫ come to 5.130.000 ₫, over the 5.000.000 ₫ ceiling.
  await addToCartFromProductPage(page, language, "ruou-mo-yen-tu", 19, /700 ml/)
  await open(page, `${stack.storefrontUrl}${language.checkoutPath}`)
  const cod = page.getByRole("radio", { name: language.cashOnDelivery })
  await expect(cod).toBeDisabled()
  await expect(page.getByText(language.codClosed)).toBeVisible()
  await expect(page.getByRole("radio", { name: language.vietQr })).toBeChecked()
  await expectNoSeriousAxeViolations(page)
}

for (const language of [VI, EN]) {
  const name = language.prefix ? "in English" : "in Vietnamese"
  test(`a buyer pays by VietQR and the open confirmation page turns to paid when the bank's notification comes (${name})`, async ({ page, request }) => {
    await payByVietQr(page, request, language)
  })
  test(`cash on delivery is captured when the operator marks the parcel delivered (${name})`, async ({ page, request }) => {
    await cashOnDeliveryCapturedWhenDelivered(page, request, language)
  })
  test(`cash on delivery is closed above the 5.000.000 ₫ ceiling, saying why (${name})`, async ({ page }) => {
    await cashOnDeliveryClosedAboveCeiling(page, language)
  })
}
