import AxeBuilder from "@axe-core/playwright"
import { type APIRequestContext, expect as baseExpect, type Page, test } from "@playwright/test"
import { WEB_DELIVERY } from "@ocop/backend/store-setup"
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

type Language = {
  prefix: "" | "/en"
  catalogue: string
  filters: string
  fiveStars: RegExp
  apply: string
  certificate: string
  story: string
  quantity: string
  addToCart: string
  added: RegExp
  viewCart: string
  cartHeading: string
  toCheckout: string
  email: string
  phone: string
  fullName: string
  province: string
  commune: string
  street: string
  standard: RegExp
  cashOnDelivery: RegExp
  toReview: string
  placeOrder: string
  confirmation: RegExp
}

const VI: Language = {
  prefix: "",
  catalogue: "/san-pham",
  filters: "Bộ lọc",
  fiveStars: /^5 sao/,
  apply: "Áp dụng",
  certificate: "Giấy chứng nhận OCOP",
  story: "Câu chuyện sản phẩm",
  quantity: "Số lượng",
  addToCart: "Thêm vào giỏ",
  added: /Đã thêm 2 sản phẩm vào giỏ hàng/,
  viewCart: "Xem giỏ hàng",
  cartHeading: "Giỏ hàng",
  toCheckout: "Tiến hành thanh toán",
  email: "Email",
  phone: "Số điện thoại",
  fullName: "Họ và tên người nhận",
  province: "Tỉnh/thành phố",
  commune: "Xã/phường/đặc khu",
  street: "Số nhà, đường, thôn/xóm",
  standard: /Giao hàng tiêu chuẩn/,
  cashOnDelivery: /Thanh toán khi nhận hàng/,
  toReview: "Tiếp tục: xem lại đơn hàng",
  placeOrder: "Đặt hàng",
  confirmation: /^Đơn hàng #\d+ đã được đặt$/,
}

const EN: Language = {
  prefix: "/en",
  catalogue: "/en/products",
  filters: "Filters",
  fiveStars: /^5 stars/,
  apply: "Apply",
  certificate: "OCOP certificate",
  story: "Origin story",
  quantity: "Quantity",
  addToCart: "Add to cart",
  added: /2 items added to your cart/,
  viewCart: "View cart",
  cartHeading: "Cart",
  toCheckout: "Go to checkout",
  email: "Email",
  phone: "Phone number",
  fullName: "Recipient's full name",
  province: "Province or city",
  commune: "Commune, ward or special zone",
  street: "House number, street, hamlet",
  standard: /Standard delivery/,
  cashOnDelivery: /Cash on delivery/,
  toReview: "Continue: review your order",
  placeOrder: "Place order",
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

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([])
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
  await page.getByLabel(language.email).fill("khach.ocop@example.vn")
  await page.getByLabel(language.phone).fill("0912 345 678")
  await page.getByLabel(language.fullName).fill("Nguyễn Thị Lan")
  await page.getByLabel(language.province).selectOption({ label: "Tỉnh Ninh Bình" })
  const commune = page.getByLabel(language.commune)
  await expect(commune).toBeEnabled()
  await commune.selectOption({ label: "Xã Hải Hậu" })
  await page.getByLabel(language.street).fill("Xóm 3, thôn Đông")
  await page.getByRole("radio", { name: language.standard }).check()
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

function formatVnd(amount: number): string {
  return new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)
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
