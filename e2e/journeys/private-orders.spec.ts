/**
 * Private orders (issue 13): a guest's confirmation page opens in the browser that placed the
 * order and nowhere else. The same address in a fresh browser, without that browser's cookie, is the
 * not-found page with nothing of the buyer on it, and the store API answers it 404 too.
 */
import { expect as baseExpect, type Page, test } from "@playwright/test"
import { addToCartFromProductPage, CHECKOUT_EN, CHECKOUT_VI, fillDeliveryDetails } from "../src/checkout-steps"
import { open } from "../src/journey"
import { readStack } from "../src/stack"

test.describe.configure({ timeout: 600_000 })
const expect = baseExpect.configure({ timeout: 90_000 })

const BUYER = { name: "Nguyễn Thị Lan", phone: ["0912 345 678", "0912345678"], street: "Xóm 3, thôn Đông" }

/** Everything of the buyer a stranger must not see, in the page's text and anywhere in its HTML. */
async function expectNothingOfTheBuyer(page: Page, email: string) {
  const shown = (await page.locator("body").textContent()) ?? ""
  const html = await page.content()
  for (const secret of [BUYER.name, ...BUYER.phone, BUYER.street, email]) {
    expect(shown).not.toContain(secret)
    expect(html).not.toContain(secret)
  }
}

test("a guest's order confirmation opens only in the browser that placed it", async ({ page, browser, request }) => {
  const stack = readStack()
  const email = `rieng.tu.${Date.now().toString(36)}@example.vn`
  await addToCartFromProductPage(page, CHECKOUT_VI, "mien-dong-tai-hoan", 1)
  await open(page, `${stack.storefrontUrl}${CHECKOUT_VI.checkoutPath}`)
  await fillDeliveryDetails(page, CHECKOUT_VI, email)
  await page.getByRole("radio", { name: /^Thanh toán khi nhận hàng/ }).check()
  await page.getByRole("button", { name: CHECKOUT_VI.toReview }).click()
  await expect(page).toHaveURL(/step=review/)
  const cartId = (await page.context().cookies()).find((cookie) => cookie.name === "ocop_cart")?.value
  expect(cartId).toBeTruthy()
  await page.getByRole("button", { name: CHECKOUT_VI.placeOrder }).click()
  await expect(page).toHaveURL(/\/don-hang\/order_/)
  const orderUrl = page.url()
  const orderId = orderUrl.split("/").pop()!

  // The buyer's own browser shows the order, with where it goes.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Đơn hàng #\d+ đã được đặt$/)
  await expect(page.getByRole("main")).toContainText(BUYER.street)
  await expect(page.getByRole("main")).toContainText(email)
  const kept = (await page.context().cookies()).find((cookie) => cookie.name === "ocop_orders")
  expect(kept).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" })
  expect(kept?.value).toContain(orderId)
  // It can reload the page, and its payment is there for the page to poll.
  await page.reload()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Đơn hàng #\d+ đã được đặt$/)
  expect((await page.request.get(`${stack.storefrontUrl}/api/orders/${orderId}/payment`)).status()).toBe(200)

  // A fresh browser with the link and nothing else: the not-found page, in either language.
  const stranger = await browser.newContext()
  try {
    const strangersPage = await stranger.newPage()
    const answer = await strangersPage.goto(orderUrl)
    expect(answer?.status()).toBe(404)
    await expect(strangersPage.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy đơn hàng")
    await expect(strangersPage.getByRole("link", { name: "Đăng nhập" })).toBeVisible()
    await expectNothingOfTheBuyer(strangersPage, email)
    // The same page for an id that names no order: nobody learns which orders exist.
    await strangersPage.goto(`${stack.storefrontUrl}/don-hang/order_01JZZZZZZZZZZZZZZZZZZZZZZZ`)
    await expect(strangersPage.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy đơn hàng")

    await strangersPage.goto(`${stack.storefrontUrl}${CHECKOUT_EN.prefix}/orders/${orderId}`)
    await expect(strangersPage.getByRole("heading", { level: 1 })).toHaveText("Order not found")
    await expectNothingOfTheBuyer(strangersPage, email)
    expect((await stranger.request.get(`${stack.storefrontUrl}/api/orders/${orderId}/payment`)).status()).toBe(404)
  } finally {
    await stranger.close()
  }

  // Nor does the store API give the order, or its placed cart, to whoever has only the id.
  const storeKey = { "x-publishable-api-key": stack.publishableKey }
  for (const path of [`/store/orders/${orderId}`, `/store/orders/${orderId}/payment`, `/store/carts/${cartId}`]) {
    const refused = await request.get(`${stack.backendUrl}${path}`, { headers: storeKey })
    expect(refused.status()).toBe(404)
    expect(await refused.text()).not.toContain(email)
  }
})
