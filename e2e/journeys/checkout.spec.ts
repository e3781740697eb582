import { type APIRequestContext, expect as baseExpect, type Page, test } from "@playwright/test"
import { WEB_DELIVERY } from "@ocop/backend/store-setup"
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
import { readStack } from "../src/stack"

const PRODUCT_HANDLE = "mien-dong-tai-hoan"
const PRODUCER_NAME = "HTX Tài Hoan"
const PACKS = 2
const STANDARD_SHIPPING_VND = WEB_DELIVERY.options.find((option) => option.code === "standard")!.priceVnd
const EXPRESS_SHIPPING_VND = WEB_DELIVERY.options.find((option) => option.code === "express")!.priceVnd

// Both journeys read and change the same stock: one after the other. Each server action makes
// several store API calls, and a development stack shared with other suites can be slow to answer.
test.describe.configure({ mode: "serial", timeout: 600_000 })
const expect = baseExpect.configure({ timeout: 90_000 })

type Language = CheckoutLabels & {
  catalogue: string
  filters: string
  fiveStars: RegExp
  certificate: string
  story: string
  added: RegExp
  viewCart: string
  cartHeading: string
  toCheckout: string
  cashOnDelivery: RegExp
  confirmation: RegExp
}

const VI: Language = {
  ...CHECKOUT_VI,
  catalogue: "/san-pham",
  filters: "Bộ lọc",
  fiveStars: /^5 sao/,
  certificate: "Giấy chứng nhận OCOP",
  story: "Câu chuyện sản phẩm",
  added: /Đã thêm 2 sản phẩm vào giỏ hàng/,
  viewCart: "Xem giỏ hàng",
  cartHeading: "Giỏ hàng",
  toCheckout: "Tiến hành thanh toán",
  cashOnDelivery: /Thanh toán khi nhận hàng/,
  confirmation: /^Đơn hàng #\d+ đã được đặt$/,
}

const EN: Language = {
  ...CHECKOUT_EN,
  catalogue: "/en/products",
  filters: "Filters",
  fiveStars: /^5 stars/,
  certificate: "OCOP certificate",
  story: "Origin story",
  added: /2 items added to your cart/,
  viewCart: "View cart",
  cartHeading: "Cart",
  toCheckout: "Go to checkout",
  cashOnDelivery: /Cash on delivery/,
  confirmation: /^Order #\d+ is placed$/,
}

/** The chosen pack as the store sells it: variant, SKU and integer VND price. */
async function storeVariant(request: APIRequestContext, title: string, handle = PRODUCT_HANDLE) {
  const stack = readStack()
  const headers = { "x-publishable-api-key": stack.publishableKey }
  const { regions } = await (await request.get(`${stack.backendUrl}/store/regions`, { headers })).json()
  const region = regions.find((candidate: { currency_code: string }) => candidate.currency_code === "vnd")
  const response = await request.get(`${stack.backendUrl}/store/products`, {
    headers,
    params: { handle, region_id: region.id, fields: "*variants.calculated_price,+metadata" },
  })
  const [product] = (await response.json()).products
  const variant = product.variants.find((candidate: { title: string }) => candidate.title === title)
  return {
    product,
    variantId: variant.id as string,
    sku: variant.sku as string,
    price: variant.calculated_price.calculated_amount as number,
  }
}

/** Available (stocked minus reserved) at the producer's own stock location. */
async function availableAtProducer(request: APIRequestContext, headers: Record<string, string>, sku: string): Promise<number> {
  const stack = readStack()
  const { producers } = await (
    await request.get(`${stack.backendUrl}/admin/producers`, { headers, params: { q: PRODUCER_NAME, limit: 10 } })
  ).json()
  const producer = producers.find((candidate: { name: string }) => candidate.name === PRODUCER_NAME)
  const locationId = producer.stock_location.id as string
  const { inventory_items } = await (
    await request.get(`${stack.backendUrl}/admin/inventory-items`, {
      headers,
      params: { sku, fields: "id,sku,*location_levels" },
    })
  ).json()
  const level = inventory_items[0].location_levels.find((candidate: { location_id: string }) => candidate.location_id === locationId)
  return level.available_quantity as number
}

async function buyMienDong(page: Page, request: APIRequestContext, language: Language) {
  const stack = readStack()
  const admin = await adminHeaders(request)
  const { product, sku, price } = await storeVariant(request, "Gói 500 g")
  const title = language.prefix === "/en" ? (product.metadata?.title_en ?? product.title) : product.title
  const before = await availableAtProducer(request, admin, sku)

  // A guest narrows the catalogue to national 5★ products and opens Miến dong Tài Hoan.
  await page.goto(`${stack.storefrontUrl}${language.catalogue}`)
  // On a phone the filters fold away under their heading.
  await page.locator("summary", { hasText: language.filters }).click()
  // With JavaScript a filter applies as it is chosen.
  await page.getByRole("checkbox", { name: language.fiveStars }).check()
  await expect(page).toHaveURL(/stars=5/)
  await page.getByRole("article").getByRole("link", { name: title }).first().click()
  await expect(page).toHaveURL(new RegExp(`/${PRODUCT_HANDLE}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
  await expect(page.getByRole("heading", { name: language.certificate })).toBeVisible()
  await expect(page.getByRole("heading", { name: language.story })).toBeVisible()

  // Two packs of the first pack size into the cart; the header counts them.
  await page.getByRole("spinbutton", { name: language.quantity }).fill(String(PACKS))
  await page.getByRole("button", { name: language.addToCart }).click()
  await expect(page.getByRole("status").filter({ hasText: language.added })).toBeVisible()
  await page.getByRole("link", { name: language.viewCart }).click()

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.cartHeading)
  const line = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) })
  await expect(line).toContainText(PRODUCER_NAME)
  await expect(line.getByRole("spinbutton")).toHaveValue(String(PACKS))
  await expect(page.getByRole("complementary")).toContainText(formatVnd(price * PACKS))
  await expectNoSeriousAxeViolations(page)

  await page.getByRole("link", { name: language.toCheckout }).click()
  await expect(page).toHaveURL(new RegExp(`${language.prefix}/(thanh-toan|checkout)$`))
  await fillDeliveryDetails(page, language)
  await expect(page.getByRole("radio", { name: language.cashOnDelivery })).toBeChecked()
  await expectNoSeriousAxeViolations(page)
  await page.getByRole("button", { name: language.toReview }).click()

  await expect(page).toHaveURL(/step=review/)
  await expect(page.getByText(language.printedAddress)).toBeVisible()
  await page.getByRole("button", { name: language.placeOrder }).click()

  await expect(page).toHaveURL(new RegExp(`${language.prefix}/(don-hang|orders)/order_`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.confirmation)
  await expect(page.getByText(language.printedAddress)).toBeVisible()
  await expect(page.getByText(language.cashOnDelivery).first()).toBeVisible()
  const total = price * PACKS + STANDARD_SHIPPING_VND
  await expect(page.getByRole("main")).toContainText(formatVnd(total))

  // The backend holds the order with integer VND totals, and the producer's stock is reserved.
  const orderId = page.url().split("/").pop()!
  const { order } = await (
    await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, {
      headers: admin,
      params: { fields: "id,currency_code,total,item_subtotal,shipping_total,*items,*shipping_address" },
    })
  ).json()
  expect(order.currency_code).toBe("vnd")
  expect(order.items).toHaveLength(1)
  expect(order.items[0]).toMatchObject({ quantity: PACKS, unit_price: price })
  expect(order.item_subtotal).toBe(price * PACKS)
  expect(order.shipping_total).toBe(STANDARD_SHIPPING_VND)
  expect(order.total).toBe(total)
  expect(Number.isInteger(order.total)).toBe(true)
  expect(order.shipping_address).toMatchObject({ province: "Tỉnh Ninh Bình", city: "Xã Hải Hậu", country_code: "vn" })
  expect(await availableAtProducer(request, admin, sku)).toBe(before - PACKS)

  // The cart is spent: the header shows no count and the cart page is empty.
  await page.goto(`${stack.storefrontUrl}${language.prefix}/${language.prefix ? "cart" : "gio-hang"}`)
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) })).toHaveCount(0)
}

test("a guest finds the 5★ Miến dong Tài Hoan, buys 2 packs cash on delivery to Xã Hải Hậu, Tỉnh Ninh Bình, and the order and stock are right", async ({
  page,
  request,
}) => {
  await buyMienDong(page, request, VI)
})

test("the same journey in English", async ({ page, request }) => {
  await buyMienDong(page, request, EN)
})

/** The pickup journey's words in each language, on top of checkout's labels. */
type PickupLanguage = CheckoutLabels & {
  edit: string
  summary: string
  items: string
  shipping: string
  total: string
  free: string
  notChosen: string
  noAddressNeeded: string
  collectedBy: string
  /** The showroom in the one address form, as "Nhận tại: …" prints it. */
  pickupAt: string
  placedAt: RegExp
  emptyCart: string
  fishSaucePack: RegExp
}

const PICKUP_VI: PickupLanguage = {
  ...CHECKOUT_VI,
  edit: "Sửa",
  summary: "Đơn hàng của bạn",
  items: "Tạm tính",
  shipping: "Phí giao hàng",
  total: "Tổng cộng",
  free: "Miễn phí",
  notChosen: "Chưa chọn",
  noAddressNeeded: "Bạn nhận hàng tại cửa hàng nên không cần địa chỉ giao hàng.",
  collectedBy: "Người nhận hàng",
  pickupAt:
    "Nhận tại: Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu, Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)",
  placedAt: /^Đặt lúc \d{2}:\d{2} ngày \d{1,2} tháng \d{1,2}, \d{4}/,
  emptyCart: "Giỏ hàng, chưa có sản phẩm",
  fishSaucePack: /^Chai 500 ml/,
}

const PICKUP_EN: PickupLanguage = {
  ...CHECKOUT_EN,
  edit: "Change",
  summary: "Your order",
  items: "Subtotal",
  shipping: "Shipping",
  total: "Total",
  free: "Free",
  notChosen: "Not chosen yet",
  noAddressNeeded: "You collect at the showroom, so no delivery address is needed.",
  collectedBy: "Collected by",
  pickupAt:
    "Collect at: Hải Hậu OCOP Showroom, Hải Hậu Commune, Ninh Bình Province (formerly Yên Định Township, Hải Hậu District, Nam Định Province)",
  placedAt: /^Placed on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M/,
  emptyCart: "Cart, empty",
  fishSaucePack: /^500 ml bottle/,
}

/** Nước mắm Hải Dương: plenty in stock, and no other journey counts it. */
const FISH_SAUCE = "nuoc-mam-hai-duong"
const FISH_SAUCE_PACKS = 2

/** The summary's amounts as a buyer reads them: items, shipping (an amount or the words for it) and total. */
async function expectSummary(page: Page, language: PickupLanguage, expected: { items: number; shipping: number | string; total: number }) {
  const summary = page.getByRole("complementary", { name: language.summary })
  const amount = (label: string) => summary.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]")
  await expect(amount(language.items)).toHaveText(formatVnd(expected.items))
  await expect(amount(language.shipping)).toHaveText(typeof expected.shipping === "number" ? formatVnd(expected.shipping) : expected.shipping)
  await expect(amount(language.total)).toHaveText(formatVnd(expected.total))
}

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1366, height: 900 },
] as const

async function changeToPickup(page: Page, request: APIRequestContext, language: PickupLanguage) {
  const stack = readStack()
  const { price } = await storeVariant(request, "Chai 500 ml", FISH_SAUCE)
  const items = price * FISH_SAUCE_PACKS

  await addToCartFromProductPage(page, language, FISH_SAUCE, FISH_SAUCE_PACKS, language.fishSaucePack)
  await open(page, `${stack.storefrontUrl}${language.checkoutPath}`)
  await expectSummary(page, language, { items, shipping: language.notChosen, total: items })

  // The buyer first asks for express delivery to Xã Hải Hậu and sees it on the review.
  await fillDeliveryDetails(page, language)
  await page.getByRole("radio", { name: language.express }).check()
  await expectSummary(page, language, { items, shipping: EXPRESS_SHIPPING_VND, total: items + EXPRESS_SHIPPING_VND })
  await page.getByRole("button", { name: language.toReview }).click()
  await expect(page).toHaveURL(/step=review/)
  await expect(page.getByText(language.printedAddress)).toBeVisible()
  await expectSummary(page, language, { items, shipping: EXPRESS_SHIPPING_VND, total: items + EXPRESS_SHIPPING_VND })

  // Back on the details, the cart holds express; each choice shows its total at once, with no request to the shop.
  await page.getByRole("link", { name: language.edit, exact: true }).first().click()
  await expect(page).toHaveURL(new RegExp(`${language.checkoutPath}$`))
  await page.waitForLoadState("networkidle")
  await expect(page.getByRole("radio", { name: language.express })).toBeChecked()
  const posts: string[] = []
  const countPost = (sent: { method(): string; url(): string }) => {
    if (sent.method() === "POST") posts.push(sent.url())
  }
  page.on("request", countPost)
  await page.getByRole("radio", { name: language.standard }).check()
  await expectSummary(page, language, { items, shipping: STANDARD_SHIPPING_VND, total: items + STANDARD_SHIPPING_VND })
  await page.getByRole("radio", { name: language.pickup }).check()
  await expectSummary(page, language, { items, shipping: language.free, total: items })
  page.off("request", countPost)
  expect(posts).toEqual([])

  // A pickup asks for no address: the fields go, a sentence says why, and the contact stays.
  await expect(page.getByLabel(language.province)).toBeHidden()
  await expect(page.getByLabel(language.street)).toBeHidden()
  await expect(page.getByText(language.noAddressNeeded)).toBeVisible()
  await expect(page.getByText(language.pickupAt)).toBeVisible()
  await expect(page.getByLabel(language.fullName)).toHaveValue("Nguyễn Thị Lan")
  await expectNoSeriousAxeViolations(page)
  await page.getByRole("button", { name: language.toReview }).click()

  // The review names who collects and where, in the one address form; the backend's totals agree.
  await expect(page).toHaveURL(/step=review/)
  await expect(page.getByRole("heading", { name: language.collectedBy })).toBeVisible()
  await expect(page.getByText(language.pickupAt)).toBeVisible()
  await expect(page.getByText(language.printedAddress)).toHaveCount(0)
  await expectSummary(page, language, { items, shipping: language.free, total: items })
  await expectNoSeriousAxeViolations(page)
  await page.getByRole("button", { name: language.placeOrder }).click()

  // The confirmation: the time said once, the showroom in the one form, the header's cart empty with the page.
  await expect(page).toHaveURL(new RegExp(`${language.prefix}/(don-hang|orders)/order_`))
  const placedAt = page.getByText(language.placedAt)
  await expect(placedAt).toBeVisible()
  expect(await placedAt.textContent()).not.toMatch(/\b(lúc lúc|at at)\b/)
  await expect(page.getByText(language.pickupAt)).toBeVisible()
  await expect(page.getByRole("heading", { name: language.collectedBy })).toBeVisible()
  await expect(page.getByRole("banner").getByRole("link", { name: language.emptyCart })).toBeVisible({ timeout: 5_000 })
  await expectNoSeriousAxeViolations(page)

  // The order: whole đồng, no shipping, the showroom's 2025 address with the buyer's name and phone.
  const orderId = page.url().split("/").pop()!
  const { order } = await (
    await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, {
      headers: await adminHeaders(request),
      params: { fields: "id,total,shipping_total,*shipping_address,*shipping_methods" },
    })
  ).json()
  expect(order.total).toBe(items)
  expect(Number.isInteger(order.total)).toBe(true)
  expect(order.shipping_total).toBe(0)
  expect(order.shipping_address).toMatchObject({
    first_name: "Nguyễn Thị Lan",
    phone: "0912345678",
    city: "Xã Hải Hậu",
    province: "Tỉnh Ninh Bình",
    metadata: { province_code: "37", commune_code: "14215", pickup_point: "showroom-hai-hau" },
  })
  expect(order.shipping_methods[0].data).toMatchObject({ code: "pickup", pickup_point: { handle: "showroom-hai-hau" } })
}

for (const viewport of VIEWPORTS) {
  for (const language of [PICKUP_VI, PICKUP_EN]) {
    test(`on a ${viewport.width}×${viewport.height} ${viewport.name} in ${language.prefix ? "English" : "Vietnamese"}, the summary follows each shipping choice at once, and a pickup asks no address and prints the showroom in the one form`, async ({
      page,
      request,
    }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      await changeToPickup(page, request, language)
    })
  }
}

test("without JavaScript, a pickup asks no address, a mistyped phone comes back with every value kept and the pickup's total, and the corrected step is ordered", async ({
  browser,
  request,
}) => {
  const stack = readStack()
  const language = PICKUP_VI
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  try {
    const { price } = await storeVariant(request, "Chai 500 ml", FISH_SAUCE)
    await page.goto(`${stack.storefrontUrl}/san-pham/${FISH_SAUCE}`)
    await page.getByRole("button", { name: language.addToCart }).click()
    await expect(page.getByRole("status").filter({ hasText: "Đã thêm 1 sản phẩm vào giỏ hàng." })).toBeVisible()

    await page.goto(`${stack.storefrontUrl}${language.checkoutPath}`)
    await page.getByLabel(language.email).fill("khach.ocop@example.vn")
    await page.getByLabel(language.phone).fill("0912 345")
    await page.getByLabel(language.fullName).fill("Nguyễn Thị Lan")
    await page.getByRole("radio", { name: language.pickup }).check()
    // CSS alone hides the address once the pickup is chosen.
    await expect(page.getByLabel(language.street)).toBeHidden()
    await expect(page.getByText(language.noAddressNeeded)).toBeVisible()
    await page.getByRole("button", { name: language.toReview }).click()

    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Còn 1 mục cần sửa. Xin bạn xem các mục được đánh dấu bên dưới.")
    await expect(page.getByLabel(language.phone)).toHaveAccessibleDescription(/Số điện thoại chưa đúng/)
    await expect(page.getByLabel(language.phone)).toHaveValue("0912 345")
    await expect(page.getByLabel(language.email)).toHaveValue("khach.ocop@example.vn")
    await expect(page.getByLabel(language.fullName)).toHaveValue("Nguyễn Thị Lan")
    await expect(page.getByRole("radio", { name: language.pickup })).toBeChecked()
    await expect(page.getByLabel(language.street)).toBeHidden()
    // The step as it was sent: the summary shows the pickup's total.
    await expectSummary(page, language, { items: price, shipping: language.free, total: price })

    await page.getByLabel(language.phone).fill("0912 345 678")
    await page.getByRole("button", { name: language.toReview }).click()
    await expect(page).toHaveURL(/step=review/)
    await expect(page.getByText(language.pickupAt)).toBeVisible()
    await expectSummary(page, language, { items: price, shipping: language.free, total: price })
    await page.getByRole("button", { name: language.placeOrder }).click()
    await expect(page).toHaveURL(/\/don-hang\/order_/)
    await expect(page.getByText(language.pickupAt)).toBeVisible()
  } finally {
    await context.close()
  }
})
