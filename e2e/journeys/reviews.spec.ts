import { expect as baseExpect, test } from "@playwright/test"
import { CHECKOUT_VI, expectNoSeriousAxeViolations, placeOrder } from "../src/checkout-steps"
import { adminHeaders, backendAnswers, cameraJpeg, markDelivered, open, packOrder, registerBuyer } from "../src/journey"
import { readStack } from "../src/stack"
import { screenshot } from "../src/screenshots"

// Every step is a server round trip on a development stack that may compile the page first.
const expect = baseExpect.configure({ timeout: 90_000 })
test.beforeEach(async () => {
  test.slow()
  await backendAnswers()
})

/** Bánh dẻo of Yên Định, Hải Hậu: a product the other journeys neither review nor count. */
const PRODUCT_HANDLE = "banh-deo-yen-dinh"

for (const viewport of [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1366, height: 900 },
]) {
  test(`a buyer who received the product reviews it, the operator approves it, and the product page shows it (${viewport.name})`, async ({
    browser,
    request,
  }) => {
    const stack = readStack()
    const buyer = await registerBuyer(request)
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    await open(page, `${stack.storefrontUrl}/tai-khoan/dang-nhap`)
    await page.getByLabel("Email").fill(buyer.email)
    await page.getByLabel("Mật khẩu").fill(buyer.password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await expect(page).toHaveURL(/\/tai-khoan$/)

    // Before the parcel arrives there is nothing to review.
    await open(page, `${stack.storefrontUrl}/tai-khoan/danh-gia`)
    await expect(page.getByText("Chưa có sản phẩm nào chờ đánh giá.")).toBeVisible()

    await open(page, `${stack.storefrontUrl}/san-pham/${PRODUCT_HANDLE}`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).first().click()
    await expect(page.getByRole("status").filter({ hasText: /Đã thêm 1 sản phẩm/ })).toBeVisible()
    const orderId = await placeOrder(page, CHECKOUT_VI, buyer.email)
    await markDelivered(request, orderId, await packOrder(request, orderId))

    await open(page, `${stack.storefrontUrl}/tai-khoan/danh-gia`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đánh giá của tôi")
    await expectNoSeriousAxeViolations(page)
    // Too short first: said beside the field, and what was typed stays.
    await page.getByRole("radio", { name: /Tuyệt vời/ }).check()
    await page.getByLabel("Nhận xét của bạn").fill("Ngon")
    await page.getByRole("button", { name: "Gửi đánh giá" }).click()
    await expect(page.getByText("Nhận xét quá ngắn: cần ít nhất 10 ký tự.")).toBeVisible()
    const text = `Bánh dẻo mềm, nhân vừa ngọt, thơm mùi bưởi (${viewport.name}).`
    await page.getByRole("radio", { name: /Tuyệt vời/ }).check()
    await page.getByLabel("Nhận xét của bạn").fill(text)
    await page.getByLabel("Ảnh (không bắt buộc)").setInputFiles({ name: "IMG_0907.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg(page) })
    await page.getByRole("button", { name: "Gửi đánh giá" }).click()
    await expect(page.getByRole("status").filter({ hasText: "Cảm ơn bạn!" })).toBeVisible()
    await expect(page.getByText("Đang chờ duyệt")).toBeVisible()
    await screenshot(page, `account-reviews-${viewport.width}`, { fullPage: true })

    // The operator approves it, as on the Admin's Reviews page.
    const admin = await adminHeaders(request)
    const { product_reviews } = await (await request.get(`${stack.backendUrl}/admin/product-reviews`, { headers: admin, params: { status: "pending" } })).json()
    const written = (product_reviews as { id: string; body: string; photo: { renditions: unknown[] } | null }[]).find((review) => review.body === text)!
    expect(written).toBeTruthy()
    // The photo went through the pipeline: AVIF and WebP at four widths each.
    expect(written.photo?.renditions).toHaveLength(8)
    const approved = await request.post(`${stack.backendUrl}/admin/product-reviews/${written.id}`, { headers: admin, data: { status: "approved" } })
    expect(approved.status()).toBe(200)

    // The cached product page is refreshed by the backend: the review, the verified mark, the summary and its structured data.
    await expect
      .poll(
        async () => {
          await open(page, `${stack.storefrontUrl}/san-pham/${PRODUCT_HANDLE}`)
          return page.getByRole("region", { name: "Đánh giá của người mua" }).getByText(text).count()
        },
        { timeout: 60_000 },
      )
      .toBe(1)
    const reviews = page.getByRole("region", { name: "Đánh giá của người mua" })
    await expect(reviews.getByText("Mai T.").first()).toBeVisible()
    await expect(reviews.getByText("Đã mua hàng").first()).toBeVisible()
    // The buyer's photo, from its renditions, with the blurred placeholder behind it while it loads.
    const photo = reviews.getByRole("listitem").filter({ hasText: text }).getByRole("img", { name: "Ảnh của người mua Mai T." })
    await photo.scrollIntoViewIfNeeded()
    await expect(photo).toBeVisible()
    await expect(photo).toHaveAttribute("loading", "lazy")
    await expect(photo).toHaveAttribute("srcset", /-640\.webp 640w/)
    await expect(photo).toHaveJSProperty("complete", true)
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await expect(page.getByText(/Đã bán \d+/).first()).toBeVisible()
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
    const product = jsonLd.flatMap((text) => JSON.parse(text)).find((entry) => entry["@type"] === "Product")
    expect(product.aggregateRating).toMatchObject({ "@type": "AggregateRating", bestRating: 5 })
    expect(product.aggregateRating.reviewCount).toBeGreaterThan(0)
    await reviews.scrollIntoViewIfNeeded()
    await screenshot(page, `product-reviews-${viewport.width}`)
    await expectNoSeriousAxeViolations(page)
    await context.close()
  })
}

test("an English product page speaks English about its reviews", async ({ page }) => {
  const stack = readStack()
  await open(page, `${stack.storefrontUrl}/en/products/${PRODUCT_HANDLE}`)
  const reviews = page.getByRole("region", { name: "Buyers' reviews" })
  await expect(reviews).toBeVisible()
  await expect(reviews.getByText("Only buyers who received this product can review it.")).toBeVisible()
})
