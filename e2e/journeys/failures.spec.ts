import { type APIRequestContext, expect as baseExpect, type Page, test } from "@playwright/test"
import { adminHeaders, backendAnswers, freezeBackend, open } from "../src/journey"
import { readStack } from "../src/stack"
import { storeProducts } from "../src/store-products"

// Bad input and failures: each gets a sentence in the buyer's language, and nothing typed is lost.
// Every step is a server round trip on a development stack that compiles pages on first visit.
test.describe.configure({ timeout: 600_000 })
const expect = baseExpect.configure({ timeout: 90_000 })
test.beforeEach(backendAnswers)

/** Miến dong Tài Hoan: only put in carts here, never ordered, so its stock is untouched. */
const MIEN_DONG = "mien-dong-tai-hoan"
/** Kẹo cu đơ Phong Nga: no other journey uses it, so its stock may be lowered for a moment. */
const KEO_CU_DO = "keo-cu-do-phong-nga"
const KEO_CU_DO_PACK = "Gói 250 g"

type BuyBoxWords = {
  product: string
  cart: string
  quantity: string
  addToCart: string
  maxHint: RegExp
  tooSmall: string
  tooLarge: (max: number) => string
  emptyCart: string
}

const BUY_BOX_VI: BuyBoxWords = {
  product: `/san-pham/${MIEN_DONG}`,
  cart: "/gio-hang",
  quantity: "Số lượng",
  addToCart: "Thêm vào giỏ",
  maxHint: /^Tối đa (\d+)$/,
  tooSmall: "Số lượng ít nhất là 1.",
  tooLarge: (max) => `Chỉ có thể mua tối đa ${max} cho quy cách này.`,
  emptyCart: "Giỏ hàng của bạn đang trống.",
}

const BUY_BOX_EN: BuyBoxWords = {
  product: `/en/products/${MIEN_DONG}`,
  cart: "/en/cart",
  quantity: "Quantity",
  addToCart: "Add to cart",
  maxHint: /^Up to (\d+)$/,
  tooSmall: "The quantity must be at least 1.",
  tooLarge: (max) => `You can buy at most ${max} of this pack size.`,
  emptyCart: "Your cart is empty.",
}

async function refuseBadQuantities(page: Page, words: BuyBoxWords) {
  const stack = readStack()
  await open(page, `${stack.storefrontUrl}${words.product}`)
  const quantity = page.getByRole("spinbutton", { name: words.quantity })
  const hint = page.getByText(words.maxHint)
  await expect(hint).toBeVisible()
  const max = Number(words.maxHint.exec((await hint.textContent()) ?? "")?.[1])
  const alert = page.getByRole("main").getByRole("alert")

  await quantity.fill("0")
  await page.getByRole("button", { name: words.addToCart }).click()
  await expect(alert).toHaveText(words.tooSmall)
  await expect(quantity).toBeFocused()
  await expect(quantity).toHaveAccessibleDescription(new RegExp(`^${words.tooSmall}`))
  await expect(quantity).toHaveValue("0")

  await quantity.fill(String(max + 1))
  await page.getByRole("button", { name: words.addToCart }).click()
  await expect(alert).toHaveText(words.tooLarge(max))
  await expect(quantity).toHaveValue(String(max + 1))

  await open(page, `${stack.storefrontUrl}${words.cart}`)
  await expect(page.getByText(words.emptyCart)).toBeVisible()
}

test("a quantity of 0, or more than the pack allows, is refused in the buy box in Vietnamese, keeps what was typed and adds nothing", async ({
  page,
}) => {
  await refuseBadQuantities(page, BUY_BOX_VI)
})

test("the same refusals in English", async ({ page }) => {
  await refuseBadQuantities(page, BUY_BOX_EN)
})

test("without JavaScript, a commune of another province is refused at checkout with every typed value kept", async ({ browser }) => {
  const stack = readStack()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await page.goto(`${stack.storefrontUrl}/san-pham/${MIEN_DONG}`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await expect(page.getByRole("status").filter({ hasText: "Đã thêm 1 sản phẩm vào giỏ hàng." })).toBeVisible()

    await page.goto(`${stack.storefrontUrl}/thanh-toan`)
    await page.getByLabel("Email").fill("khach.ocop@example.vn")
    await page.getByLabel("Số điện thoại").fill("0912 345 678")
    await page.getByLabel("Họ và tên người nhận").fill("Nguyễn Thị Lan")
    await page.getByLabel("Số nhà, đường, thôn/xóm").fill("Xóm 3, thôn Đông")
    const province = page.getByLabel("Tỉnh/thành phố")
    const commune = page.getByLabel("Xã/phường/đặc khu")
    await province.selectOption({ label: "Tỉnh Ninh Bình" })
    // Without JavaScript the communes come from the server, for the province the form posts.
    await page.getByRole("button", { name: "Hiện xã/phường của tỉnh đã chọn" }).click()
    await expect(commune).toBeEnabled()
    await expect(page.getByLabel("Số nhà, đường, thôn/xóm")).toHaveValue("Xóm 3, thôn Đông")
    await commune.selectOption({ label: "Xã Hải Hậu" })

    // The buyer changes the province afterwards: the commune list, drawn by the server, still has Ninh Bình's.
    await province.selectOption({ label: "Thành phố Hà Nội" })
    await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
    await page.getByRole("button", { name: "Tiếp tục: xem lại đơn hàng" }).click()

    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Còn 1 mục cần sửa. Xin bạn xem các mục được đánh dấu bên dưới.")
    await expect(commune).toHaveAccessibleDescription("Xã/phường này không thuộc tỉnh/thành phố đã chọn. Xin chọn lại xã/phường.")
    await expect(commune).toHaveAttribute("aria-invalid", "true")
    await expect(page.getByLabel("Email")).toHaveValue("khach.ocop@example.vn")
    await expect(page.getByLabel("Số điện thoại")).toHaveValue("0912 345 678")
    await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Nguyễn Thị Lan")
    await expect(page.getByLabel("Số nhà, đường, thôn/xóm")).toHaveValue("Xóm 3, thôn Đông")
    await expect(province.locator("option:checked")).toHaveText("Thành phố Hà Nội")
    await expect(page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ })).toBeChecked()

    // Choosing a commune of Hà Nội is all it takes to go on.
    await commune.selectOption({ label: "Phường Ba Đình" })
    await page.getByRole("button", { name: "Tiếp tục: xem lại đơn hàng" }).click()
    await expect(page).toHaveURL(/\/thanh-toan\?step=review$/)
    await expect(page.getByText("Xóm 3, thôn Đông, Phường Ba Đình, Thành phố Hà Nội")).toBeVisible()
  } finally {
    await context.close()
  }
})

type StockLevel = { inventoryItemId: string; locationId: string; stocked: number; available: number }

/** The pack's stock at its producer's own stock location, the one the web shop sells from. */
async function producerStock(request: APIRequestContext, headers: Record<string, string>, handle: string, pack: string): Promise<StockLevel> {
  const stack = readStack()
  const { products } = await storeProducts(request, { handle, fields: "id,*variants" })
  const [product] = products
  const sku = product.variants.find((variant: { title: string }) => variant.title === pack).sku as string
  const { producers } = await (
    await request.get(`${stack.backendUrl}/admin/producers`, { headers, params: { q: product.producer.name, limit: 10 } })
  ).json()
  const producer = producers.find((candidate: { name: string }) => candidate.name === product.producer.name)
  const { inventory_items } = await (
    await request.get(`${stack.backendUrl}/admin/inventory-items`, { headers, params: { sku, fields: "id,sku,*location_levels" } })
  ).json()
  const level = inventory_items[0].location_levels.find(
    (candidate: { location_id: string }) => candidate.location_id === producer.stock_location.id,
  )
  return {
    inventoryItemId: inventory_items[0].id,
    locationId: level.location_id,
    stocked: level.stocked_quantity,
    available: level.available_quantity,
  }
}

async function setStocked(request: APIRequestContext, headers: Record<string, string>, level: StockLevel, stocked: number) {
  const stack = readStack()
  const response = await request.post(
    `${stack.backendUrl}/admin/inventory-items/${level.inventoryItemId}/location-levels/${level.locationId}`,
    { headers, data: { stocked_quantity: stocked } },
  )
  expect(response.status()).toBe(200)
}

/** The checkout's contact, address in Tỉnh Ninh Bình, Xã Hải Hậu and standard delivery, as a buyer types them. */
async function fillCheckoutDetails(page: Page) {
  await page.getByLabel("Email").fill("khach.ocop@example.vn")
  await page.getByLabel("Số điện thoại").fill("0912 345 678")
  await page.getByLabel("Họ và tên người nhận").fill("Nguyễn Thị Lan")
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tỉnh Ninh Bình" })
  const commune = page.getByLabel("Xã/phường/đặc khu")
  await expect(commune).toBeEnabled()
  await commune.selectOption({ label: "Xã Hải Hậu" })
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill("Xóm 3, thôn Đông")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
}

/** Every field of the checkout as fillCheckoutDetails left it. */
async function expectCheckoutDetailsKept(page: Page) {
  await expect(page.getByLabel("Email")).toHaveValue("khach.ocop@example.vn")
  await expect(page.getByLabel("Số điện thoại")).toHaveValue(/^0912 ?345 ?678$/)
  await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Nguyễn Thị Lan")
  await expect(page.getByLabel("Xã/phường/đặc khu").locator("option:checked")).toHaveText("Xã Hải Hậu")
  await expect(page.getByLabel("Số nhà, đường, thôn/xóm")).toHaveValue("Xóm 3, thôn Đông")
}

/** The stock as it was before a test lowered it; put back after the test, even one that failed or timed out. */
let stockToRestore: StockLevel | null = null

test.afterEach(async ({ request }) => {
  if (!stockToRestore) return
  const level = stockToRestore
  const headers = await adminHeaders(request)
  await setStocked(request, headers, level, level.stocked)
  stockToRestore = null
  expect(await producerStock(request, headers, KEO_CU_DO, KEO_CU_DO_PACK)).toEqual(level)
})

test("when the stock runs out before the order is placed, the checkout names the line in Vietnamese and keeps the buyer's details", async ({
  page,
  request,
}) => {
  const stack = readStack()
  await open(page, `${stack.storefrontUrl}/san-pham/${KEO_CU_DO}`)
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!
  await page.getByRole("radio", { name: new RegExp(`^${KEO_CU_DO_PACK}`) }).check()
  await page.getByRole("spinbutton", { name: "Số lượng" }).fill("2")
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm 2 sản phẩm vào giỏ hàng." })).toBeVisible()

  await open(page, `${stack.storefrontUrl}/thanh-toan`)
  await fillCheckoutDetails(page)
  await page.getByRole("button", { name: "Tiếp tục: xem lại đơn hàng" }).click()
  await expect(page).toHaveURL(/step=review/)

  // Meanwhile the producer counts its shelf again: only one pack is left.
  const headers = await adminHeaders(request)
  const level = await producerStock(request, headers, KEO_CU_DO, KEO_CU_DO_PACK)
  stockToRestore = level
  await setStocked(request, headers, level, level.stocked - level.available + 1)

  await page.getByRole("button", { name: "Đặt hàng" }).click()
  const problem = page.getByRole("main").getByRole("alert")
  await expect(problem).toContainText("Một số sản phẩm không còn đủ hàng nên chưa đặt được đơn:")
  await expect(problem.getByRole("listitem")).toHaveText([`${title} (${KEO_CU_DO_PACK}): bạn đặt 2, chỉ còn 1.`])
  await expect(problem).toBeFocused()
  await expect(problem.getByRole("link", { name: "Sửa giỏ hàng" })).toBeVisible()
  await expect(page).toHaveURL(/step=review/)
  // No order took the last pack.
  expect((await producerStock(request, headers, KEO_CU_DO, KEO_CU_DO_PACK)).available).toBe(1)

  // The review still holds what the buyer entered, and so does the form behind "Sửa".
  await expect(page.getByText("khach.ocop@example.vn")).toBeVisible()
  await expect(page.getByText("Xóm 3, thôn Đông, Xã Hải Hậu, Tỉnh Ninh Bình")).toBeVisible()
  await page.getByRole("link", { name: "Sửa", exact: true }).first().click()
  await expect(page).toHaveURL(/\/thanh-toan$/)
  await expectCheckoutDetailsKept(page)
})

/** Resumes the backend if a test paused it; in afterEach, so even a failed or timed-out test leaves it answering. */
let resumeBackend: (() => Promise<void>) | null = null

test.afterEach(async () => {
  const resume = resumeBackend
  resumeBackend = null
  await resume?.()
})

test("when the backend stops answering, the buy box, checkout, cart and an uncached product page say so in Vietnamese, keep what was typed, and the cart is whole once it answers again", async ({
  page,
  context,
}) => {
  const stack = readStack()
  const product = await context.newPage()
  await open(product, `${stack.storefrontUrl}/san-pham/${MIEN_DONG}`)
  await product.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(product.getByRole("status").filter({ hasText: "Đã thêm 1 sản phẩm vào giỏ hàng." })).toBeVisible()

  await open(page, `${stack.storefrontUrl}/thanh-toan`)
  await fillCheckoutDetails(page)

  resumeBackend = await freezeBackend()

  // The buy box: nothing added, the quantity as typed.
  await product.getByRole("spinbutton", { name: "Số lượng" }).fill("3")
  await product.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(product.getByRole("main").getByRole("alert")).toHaveText(
    "Chưa thêm được vào giỏ vì hệ thống bán hàng đang gián đoạn. Xin bạn thử lại sau ít phút.",
  )
  await expect(product.getByRole("spinbutton", { name: "Số lượng" })).toHaveValue("3")

  // The checkout: a sentence, and every field as the buyer left it.
  await page.getByRole("button", { name: "Tiếp tục: xem lại đơn hàng" }).click()
  const problem = page.getByRole("main").getByRole("alert")
  await expect(problem).toHaveText(
    "Hệ thống bán hàng đang tạm thời gián đoạn nên chưa lưu được. Thông tin bạn nhập vẫn còn đây; xin thử lại sau ít phút.",
  )
  await expect(problem).toBeFocused()
  await expect(page).not.toHaveURL(/step=review/)
  await expectCheckoutDetailsKept(page)

  // A page that needs the backend to draw: the notice and a way to try again, no stack trace.
  await page.goto(`${stack.storefrontUrl}/gio-hang`)
  await expect(page.getByRole("heading", { name: "Cửa hàng tạm thời gián đoạn" })).toBeVisible()
  await expect(page.getByText("Hệ thống bán hàng đang tạm thời gián đoạn. Xin bạn vui lòng thử lại sau ít phút.")).toBeVisible()
  await expect(page.getByText(/Error:|at .+\(.+:\d+:\d+\)/)).toHaveCount(0)

  // A product page not yet cached: the shop's error page in Vietnamese, with a way to try again.
  await page.goto(`${stack.storefrontUrl}/san-pham/${KEO_CU_DO}`)
  await expect(page.getByRole("heading", { name: "Đã có lỗi xảy ra" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Thử lại" })).toBeVisible()
  await page.goto(`${stack.storefrontUrl}/gio-hang`)
  await expect(page.getByRole("link", { name: "Tải lại trang" })).toBeVisible()

  // Back again: the reload link shows the cart with the one pack added before, and no more.
  const resume = resumeBackend
  resumeBackend = null
  await resume()
  await page.getByRole("link", { name: "Tải lại trang" }).click()
  const line = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Miến dong Tài Hoan" }) })
  await expect(line).toHaveCount(1)
  await expect(line.getByRole("spinbutton")).toHaveValue("1")
})
