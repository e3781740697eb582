/**
 * Issue 18's campaign, end to end: the programme office makes a 10 % campaign for Ninh Bình's
 * products (Nam Định's before the 2025 merger) on the Admin's Trade campaigns page, with a banner
 * uploaded there, a limit per buyer and a budget; a buyer finds it on the home page, buys one of
 * its products and sees the discount and the discounted total, in whole đồng, in the cart, on the
 * checkout's review and on the confirmation; the order is delivered (cash on delivery collected),
 * the Ninh Bình cooperative reads the line less commission in its portal, and the operator settles
 * it. Last the operator ends the campaign, and the home page no longer shows it: the journeys after
 * this one buy at the usual prices (an afterAll ends it too if a step failed on the way).
 */
import { type APIRequestContext, expect as baseExpect, type Page, request as playwrightRequest, test } from "@playwright/test"
import { campaignPrice } from "@ocop/domain/campaigns"
import { commissionOn } from "@ocop/domain/ledger"
import { addToCartFromProductPage, CHECKOUT_VI, expectNoSeriousAxeViolations, fillDeliveryDetails, formatVnd } from "../src/checkout-steps"
import { adminHeaders, backendAnswers, cameraJpeg, markDelivered, open, packOrder, signInToAdmin, signInToPortal } from "../src/journey"
import { screenshot } from "../src/screenshots"
import { readStack } from "../src/stack"

// Every step is a server round trip on a development stack that may compile the page first.
const expect = baseExpect.configure({ timeout: 90_000 })
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1366, height: 900 }

/** Ninh Bình, since 2025-07-01 (Nam Định, Hà Nam and Ninh Bình merged): the campaign's province rule. */
const NINH_BINH = { code: "37", name: "Tỉnh Ninh Bình", hai_hau: "14215" }
const DISCOUNT = { type: "percentage" as const, value: 10 }
/** One pack of the cooperative's rice: 10 % of it is a whole 12.000 ₫. */
const USUAL_PRICE = 120_000
/** The commission the programme office sets for this cooperative, in basis points (8 %). */
const RATE_BASIS_POINTS = 800
const ACCOUNT = { bank_bin: "970418", bank_account_number: "3141000123456", bank_account_name: "HTX GAO HAI HAU" }

const run = Date.now().toString(36)
const producerName = `HTX Gạo Hải Hậu ${run}`
const owner = { email: `htx.gao.${run}@example.vn`, password: "ocop-gao-2025" }
const campaignName = `Tuần lễ OCOP Ninh Bình ${run}`
const productTitle = `Gạo tám thơm Hải Hậu ${run}`

/** The campaign this run made, until it is ended: what afterAll ends if a step failed before the end. */
let liveCampaignId: string | null = null
/**
 * The cooperative's product this run put on sale: afterAll takes it off sale again, so the journeys
 * after this one find the sample catalogue as it was loaded (the foundation journey counts its 35).
 */
let cooperativeProductId: string | null = null

test.beforeEach(async () => {
  test.slow()
  await backendAnswers()
})

test.afterAll(async () => {
  if (!liveCampaignId && !cooperativeProductId) return
  const api = await playwrightRequest.newContext()
  try {
    const headers = await adminHeaders(api)
    if (liveCampaignId) {
      const ended = await api.post(`${readStack().backendUrl}/admin/trade-campaigns/${liveCampaignId}/end`, { headers })
      // 409: it had ended already.
      expect([200, 409]).toContain(ended.status())
    }
    if (cooperativeProductId) {
      const offSale = await api.post(`${readStack().backendUrl}/admin/products/${cooperativeProductId}`, { headers, data: { status: "draft" } })
      expect(offSale.status()).toBe(200)
    }
  } finally {
    await api.dispose()
  }
})

/** The figure a list of totals shows under a label ("Giảm giá chiến dịch" …), as its text. */
const figure = (scope: ReturnType<Page["locator"]>, label: string) => scope.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]")

/**
 * A new cooperative of Xã Hải Hậu, Tỉnh Ninh Bình, through the APIs the portal and Admin use: it
 * registers, the office approves it with its bank account and an 8 % commission, and its rice is
 * put on sale. The campaign's rule then takes it with the sample catalogue's Ninh Bình products.
 */
async function ninhBinhCooperative(request: APIRequestContext) {
  const stack = readStack()
  const admin = await adminHeaders(request)
  const registered = await request.post(`${stack.backendUrl}/producer/registrations`, {
    data: {
      name: producerName,
      kind: "cooperative",
      business_registration_number: String(Date.now()).slice(-10),
      phone: "0228 3877 123",
      address_as_issued: "Xóm 5, xã Hải Hậu, huyện Hải Hậu, tỉnh Nam Định",
      province_code: NINH_BINH.code,
      commune_code: NINH_BINH.hai_hau,
      owner: { name: "Trần Văn Hòa", ...owner },
    },
  })
  expect(registered.status()).toBe(202)
  const { producers } = await (await request.get(`${stack.backendUrl}/admin/producers`, { headers: admin, params: { q: producerName } })).json()
  const producerId = producers[0].id as string
  expect((await request.post(`${stack.backendUrl}/admin/producers/${producerId}/approve`, { headers: admin, data: {} })).status()).toBe(200)
  expect((await request.post(`${stack.backendUrl}/admin/producers/${producerId}`, { headers: admin, data: ACCOUNT })).status()).toBe(200)
  const rate = await request.post(`${stack.backendUrl}/admin/commission-rates`, {
    headers: admin,
    data: { scope: "producer", scope_id: producerId, rate_percent: RATE_BASIS_POINTS / 100 },
  })
  expect(rate.status()).toBe(200)

  const signedIn = await request.post(`${stack.backendUrl}/auth/producer_member/emailpass`, { data: owner })
  expect(signedIn.status()).toBe(200)
  const member = { authorization: `Bearer ${(await signedIn.json()).token}` }
  const { product_sets } = await (await request.get(`${stack.backendUrl}/store/product-sets`, { headers: { "x-publishable-api-key": stack.publishableKey } })).json()
  const made = await request.post(`${stack.backendUrl}/producer/products`, {
    headers: member,
    data: {
      title: productTitle,
      product_set_id: product_sets[0].id,
      variants: [{ title: "Túi 5 kg", sku: `GAO-HH-${run}`, price: USUAL_PRICE, stock: 50 }],
    },
  })
  expect(made.status()).toBe(201)
  const productId = (await made.json()).product.id as string
  expect((await request.post(`${stack.backendUrl}/producer/products/${productId}/submit`, { headers: member })).status()).toBe(200)
  const published = await request.post(`${stack.backendUrl}/admin/products/${productId}`, { headers: admin, data: { status: "published" } })
  expect(published.status()).toBe(200)
  return { producerId, productId, productHandle: (await published.json()).product.handle as string }
}

/** A moment as the Admin's datetime-local field takes it: Vietnam's wall clock, to the minute. */
const vietnamMinute = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16)

test("the operator's 10 % campaign for Ninh Bình: a buyer pays the discounted total, the cooperative is credited less commission and settled, and the ended campaign leaves the home page", async ({
  browser,
  request,
}) => {
  const stack = readStack()
  const admin = await adminHeaders(request)
  const { producerId, productId, productHandle } = await ninhBinhCooperative(request)
  cooperativeProductId = productId
  const paid = campaignPrice(USUAL_PRICE, DISCOUNT)
  const discount = USUAL_PRICE - paid

  // The operator makes the campaign on the Admin's Trade campaigns page, with a banner uploaded there.
  const { context: adminContext, admin: adminPage } = await signInToAdmin(browser)
  await adminPage.goto(`${stack.adminUrl}/trade-campaigns`)
  const form = adminPage.getByRole("form", { name: "New campaign" })
  await form.getByLabel("Name (Vietnamese)").fill(campaignName)
  await form.getByLabel("Name (English)").fill(`Ninh Bình OCOP week ${run}`)
  await form.getByLabel("Summary (Vietnamese, optional)").fill("Giảm 10% gạo, nước mắm và đặc sản OCOP của Ninh Bình, Nam Định cũ.")
  await form.getByLabel("Summary (English, optional)").fill("10 % off Ninh Bình's OCOP rice, fish sauce and specialities.")
  await form.getByLabel("Starts (Vietnam's time)").fill(vietnamMinute(new Date(Date.now() - 60_000)))
  await form.getByLabel("Ends (Vietnam's time)").fill(vietnamMinute(new Date(Date.now() + 3 * 24 * 3_600_000)))
  await form.getByLabel(/^Banner/).setInputFiles({ name: "banner-ninh-binh.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg(adminPage) })
  await form.getByLabel("Province (since 2025-07-01)").selectOption({ label: NINH_BINH.name })
  await form.getByLabel("Kind").selectOption("percentage")
  await form.getByLabel("Percent off").fill(String(DISCOUNT.value))
  await form.getByLabel("Orders per buyer (optional)").fill("1")
  await form.getByLabel("Budget in đồng (optional)").fill("2.000.000")
  await form.getByRole("heading", { name: "New campaign" }).scrollIntoViewIfNeeded()
  await screenshot(adminPage, "admin-campaign-form-1366")
  await adminPage.setViewportSize(PHONE)
  await form.getByRole("heading", { name: "New campaign" }).scrollIntoViewIfNeeded()
  await screenshot(adminPage, "admin-campaign-form-390")
  await adminPage.setViewportSize(DESKTOP)
  await form.getByRole("button", { name: "Create campaign" }).click()
  await expect(adminPage.getByText(new RegExp(`"${campaignName}" is made with \\d+ products`))).toBeVisible()
  const { campaigns } = await (await request.get(`${stack.backendUrl}/admin/trade-campaigns`, { headers: admin })).json()
  const made = campaigns.find((campaign: { name_vi: string }) => campaign.name_vi === campaignName)
  liveCampaignId = made.id
  expect(made).toMatchObject({ live: true, discount: DISCOUNT, per_buyer_limit: 1, budget: 2_000_000, province_code: NINH_BINH.code })
  expect(made.banner).toBeTruthy()
  expect(made.product_ids).toContain(productId)
  const campaignRow = adminPage.getByRole("row").filter({ hasText: campaignName })
  await expect(campaignRow).toContainText("10 % off, 1 per buyer")

  // The operator puts its English summary right in the row's Edit drawer; the campaign's store view follows.
  await campaignRow.getByRole("button", { name: "Edit" }).click()
  const drawer = adminPage.getByRole("dialog")
  await expect(drawer.getByLabel("Starts (Vietnam's time; it has started, so its start stays)")).toBeDisabled()
  await drawer.getByLabel("Summary (English, optional)").fill("10 % off the OCOP rice, fish sauce and specialities of Ninh Bình (formerly Nam Định).")
  await screenshot(adminPage, "admin-campaign-edit-1366")
  await drawer.getByRole("button", { name: "Save" }).click()
  await expect(adminPage.getByText(`"${campaignName}" is saved`)).toBeVisible()
  const edited = await (await request.get(`${stack.backendUrl}/store/trade-campaigns/${made.handle}`, { headers: { "x-publishable-api-key": stack.publishableKey } })).json()
  expect(edited.campaign).toMatchObject({ summary_en: "10 % off the OCOP rice, fish sauce and specialities of Ninh Bình (formerly Nam Định).", live: true })

  // A buyer on a phone finds it on the home page, opens its page and buys a pack of the cooperative's rice.
  const buyerContext = await browser.newContext({ viewport: PHONE })
  const buyer = await buyerContext.newPage()
  await expect
    .poll(
      async () => {
        await open(buyer, stack.storefrontUrl)
        return buyer.getByRole("link", { name: campaignName }).count()
      },
      { message: "the new campaign on the home page" },
    )
    .toBe(1)
  await buyer.getByRole("link", { name: campaignName }).scrollIntoViewIfNeeded()
  await screenshot(buyer, "home-banner-390")
  await buyer.getByRole("link", { name: campaignName }).click()
  await expect(buyer).toHaveURL(/\/chien-dich\/[a-z0-9-]+$/)
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(campaignName)
  const card = buyer.getByRole("listitem").filter({ hasText: productTitle })
  await expect(card).toContainText(formatVnd(paid))
  await expect(card).toContainText(formatVnd(USUAL_PRICE))
  await expectNoSeriousAxeViolations(buyer)
  await screenshot(buyer, "campaign-page-390", { fullPage: true })

  await addToCartFromProductPage(buyer, CHECKOUT_VI, productHandle, 1)
  await open(buyer, `${stack.storefrontUrl}/gio-hang`)
  const cartSummary = buyer.locator("aside", { has: buyer.locator("#cart-summary-heading") })
  await expect(figure(cartSummary, "Tạm tính")).toHaveText(formatVnd(USUAL_PRICE))
  await expect(figure(cartSummary, "Giảm giá chiến dịch")).toHaveText(`−${formatVnd(discount)}`)
  await expect(figure(cartSummary, "Thành tiền sau giảm giá")).toHaveText(formatVnd(paid))
  await expectNoSeriousAxeViolations(buyer)
  await screenshot(buyer, "cart-discount-390", { fullPage: true })

  // The review shows the discount and the total the backend computed, shipping included, in whole đồng.
  const email = `mua.chien-dich.${run}@example.vn`
  await open(buyer, `${stack.storefrontUrl}${CHECKOUT_VI.checkoutPath}`)
  await fillDeliveryDetails(buyer, CHECKOUT_VI, email)
  // The details step's summary follows the delivery chosen, the discount kept.
  const details = buyer.locator("aside", { has: buyer.locator("#checkout-summary-heading") })
  await expect(figure(details, "Giảm giá chiến dịch")).toHaveText(`−${formatVnd(discount)}`)
  await buyer.getByRole("radio", { name: /^Thanh toán khi nhận hàng/ }).check()
  await buyer.getByRole("button", { name: CHECKOUT_VI.toReview }).click()
  await expect(buyer).toHaveURL(/step=review/)
  const cartId = (await buyerContext.cookies()).find((cookie) => cookie.name === "ocop_cart")!.value
  const { cart } = await (await request.get(`${stack.backendUrl}/store/carts/${cartId}`, { headers: { "x-publishable-api-key": stack.publishableKey } })).json()
  expect({ item_subtotal: cart.item_subtotal, discount_total: cart.discount_total }).toEqual({ item_subtotal: USUAL_PRICE, discount_total: discount })
  const total = paid + cart.shipping_total
  expect(cart.total).toBe(total)
  const review = buyer.locator("aside", { has: buyer.locator("#checkout-summary-heading") })
  await expect(figure(review, "Tạm tính")).toHaveText(formatVnd(USUAL_PRICE))
  await expect(figure(review, "Giảm giá chiến dịch")).toHaveText(`−${formatVnd(discount)}`)
  await expect(figure(review, "Tổng cộng")).toHaveText(formatVnd(total))
  await screenshot(buyer, "checkout-review-390", { fullPage: true })
  await buyer.getByRole("button", { name: CHECKOUT_VI.placeOrder }).click()
  await expect(buyer).toHaveURL(/\/don-hang\/order_/)
  const orderId = buyer.url().split("/").pop()!
  const totals = buyer.locator("dl", { has: buyer.locator("dt", { hasText: "Giảm giá chiến dịch" }) })
  await expect(figure(totals, "Tạm tính")).toHaveText(formatVnd(USUAL_PRICE))
  await expect(figure(totals, "Giảm giá chiến dịch")).toHaveText(`−${formatVnd(discount)}`)
  await expect(figure(totals, "Tổng cộng")).toHaveText(formatVnd(total))
  await expect(buyer.getByText(`Bạn sẽ thanh toán ${formatVnd(total)} bằng tiền mặt khi nhận hàng.`)).toBeVisible()
  await screenshot(buyer, "order-confirmation-390", { fullPage: true })
  await buyerContext.close()

  // The same pages at a desktop's width, in another buyer's browser.
  const desktopContext = await browser.newContext({ viewport: DESKTOP })
  const desktop = await desktopContext.newPage()
  await open(desktop, stack.storefrontUrl)
  await desktop.getByRole("link", { name: campaignName }).scrollIntoViewIfNeeded()
  await screenshot(desktop, "home-banner-1366")
  await desktop.getByRole("link", { name: campaignName }).click()
  await expect(desktop.getByRole("heading", { level: 1 })).toHaveText(campaignName)
  await expectNoSeriousAxeViolations(desktop)
  await screenshot(desktop, "campaign-page-1366", { fullPage: true })
  await addToCartFromProductPage(desktop, CHECKOUT_VI, productHandle, 1)
  await open(desktop, `${stack.storefrontUrl}/gio-hang`)
  await expect(figure(desktop.locator("aside", { has: desktop.locator("#cart-summary-heading") }), "Giảm giá chiến dịch")).toHaveText(`−${formatVnd(discount)}`)
  await screenshot(desktop, "cart-discount-1366", { fullPage: true })
  await desktopContext.close()

  // Delivered: the cash is collected, and the cooperative is credited the discounted line less its 8 %.
  await markDelivered(request, orderId, await packOrder(request, orderId))
  const { order } = await (await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, { headers: admin })).json()
  const lineTotal = Math.round(Number(order.items[0].total))
  expect(lineTotal).toBe(paid)
  const commission = commissionOn(lineTotal, RATE_BASIS_POINTS)
  const net = lineTotal - commission
  await expect
    .poll(async () => (await (await request.get(`${stack.backendUrl}/admin/ledger/${producerId}`, { headers: admin })).json()).summary.due, {
      message: "the delivered line credited to the cooperative",
    })
    .toBe(net)

  for (const viewport of [PHONE, DESKTOP]) {
    const context = await browser.newContext({ viewport })
    const portal = await context.newPage()
    await signInToPortal(portal, owner)
    await portal.getByRole("link", { name: "Sổ thanh toán" }).click()
    await expect(portal).toHaveURL(/\/producer\/so-thanh-toan$/)
    await expect(figure(portal.locator("main"), "Còn được nhận")).toHaveText(formatVnd(net))
    const entry = portal.getByRole("listitem").filter({ hasText: `Đơn #${order.display_id}` })
    await expect(entry).toContainText(`Bán: ${productTitle}`)
    await expect(entry).toContainText(`${formatVnd(lineTotal)} − ${formatVnd(commission)} · Thực nhận ${formatVnd(net)}`)
    await screenshot(portal, `portal-ledger-${viewport.width}`, { fullPage: true })
    await context.close()
  }

  // The operator settles it on the Ledger page, which draws the transfer's VietQR code.
  await adminPage.goto(`${stack.adminUrl}/ledger`)
  await adminPage.getByRole("row").filter({ hasText: producerName }).getByRole("button", { name: "Settle" }).click()
  await expect(adminPage.getByRole("img", { name: `VietQR: ${formatVnd(net)} to ${ACCOUNT.bank_account_name}` })).toBeVisible()
  await screenshot(adminPage, "admin-ledger-1366")
  const settled = await (await request.get(`${stack.backendUrl}/admin/ledger/${producerId}`, { headers: admin })).json()
  expect(settled.summary.due).toBe(0)
  expect(settled.settlements[0]?.amount).toBe(net)

  // Last, the operator ends the campaign now: the home page no longer shows it, and a new cart pays the usual price.
  await adminPage.goto(`${stack.adminUrl}/trade-campaigns`)
  const row = adminPage.getByRole("row").filter({ hasText: campaignName })
  adminPage.once("dialog", (dialog) => {
    expect(dialog.message()).toContain(`End "${campaignName}" now?`)
    void dialog.accept()
  })
  await row.getByRole("button", { name: "End now" }).click()
  await expect(adminPage.getByText(`"${campaignName}" has ended; the shop no longer shows it.`)).toBeVisible()
  await expect(row).toContainText("Ended")
  liveCampaignId = null
  await adminContext.close()

  const afterContext = await browser.newContext({ viewport: PHONE })
  const after = await afterContext.newPage()
  await expect
    .poll(
      async () => {
        await open(after, stack.storefrontUrl)
        return after.getByRole("link", { name: campaignName }).count()
      },
      { message: "the ended campaign gone from the home page" },
    )
    .toBe(0)
  await addToCartFromProductPage(after, CHECKOUT_VI, productHandle, 1)
  await open(after, `${stack.storefrontUrl}/gio-hang`)
  const afterSummary = after.locator("aside", { has: after.locator("#cart-summary-heading") })
  await expect(figure(afterSummary, "Tạm tính")).toHaveText(formatVnd(USUAL_PRICE))
  await expect(afterSummary.getByText("Giảm giá chiến dịch")).toHaveCount(0)
  await afterContext.close()
})
