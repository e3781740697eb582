import { type APIRequestContext, expect as baseExpect, type Page, test } from "@playwright/test"
import { WEB_DELIVERY } from "@ocop/backend/store-setup"
import { CHECKOUT_EN, CHECKOUT_VI, type CheckoutLabels, expectNoSeriousAxeViolations, fillDeliveryDetails, formatVnd } from "../src/checkout-steps"
import { adminHeaders } from "../src/journey"
import { readStack } from "../src/stack"

const PRODUCT_HANDLE = "mien-dong-tai-hoan"
const PRODUCER_NAME = "HTX Tài Hoan"
const PACKS = 2
const STANDARD_SHIPPING_VND = WEB_DELIVERY.options.find((option) => option.code === "standard")!.priceVnd

// Both journeys read and change the same stock: one after the other. Each server action makes
// several store API calls, and a development stack shared with other suites can be slow to answer.
test.describe.configure({ mode: "serial", timeout: 600_000 })
const expect = baseExpect.configure({ timeout: 90_000 })

type Language = CheckoutLabels & {
  catalogue: string
  filters: string
  fiveStars: RegExp
  apply: string
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
  apply: "Áp dụng",
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
  apply: "Apply",
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
async function storeVariant(request: APIRequestContext, title: string) {
  const stack = readStack()
  const headers = { "x-publishable-api-key": stack.publishableKey }
  const { regions } = await (await request.get(`${stack.backendUrl}/store/regions`, { headers })).json()
  const region = regions.find((candidate: { currency_code: string }) => candidate.currency_code === "vnd")
  const response = await request.get(`${stack.backendUrl}/store/products`, {
    headers,
    params: { handle: PRODUCT_HANDLE, region_id: region.id, fields: "*variants.calculated_price,+metadata" },
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
  await page.getByRole("checkbox", { name: language.fiveStars }).check()
  await page.getByRole("button", { name: language.apply }).click()
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
  await expect(page.getByText("Xóm 3, thôn Đông, Xã Hải Hậu, Tỉnh Ninh Bình")).toBeVisible()
  await page.getByRole("button", { name: language.placeOrder }).click()

  await expect(page).toHaveURL(new RegExp(`${language.prefix}/(don-hang|orders)/order_`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.confirmation)
  await expect(page.getByText("Xã Hải Hậu, Tỉnh Ninh Bình")).toBeVisible()
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
