/**
 * A new cooperative's first sale, on a phone: it registers in the portal, the programme office
 * approves it on Admin's Producers page, its bookkeeper signs in, adds a product with a photo and
 * sends it for review; the operator publishes it and it is in the shop and its search within
 * seconds. A buyer orders it beside another producer's product; the cooperative sees only its own
 * line, packs it and ships it with a tracking number, and the buyer's order page shows that
 * parcel. Last, the cooperative records a batch, prints its labels and follows the QR code to the
 * batch's trace page.
 */
import { type Browser, expect as baseExpect, test } from "@playwright/test"
import { vietnameseGtin13 } from "@ocop/domain/gtin"
import { addToCartFromProductPage, CHECKOUT_VI, expectNoSeriousAxeViolations, fillDeliveryDetails } from "../src/checkout-steps"
import { adminHeaders, backendAnswers, cameraJpeg, open, producerInviteLink, signInToAdmin, signInToPortal } from "../src/journey"
import { readStack } from "../src/stack"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { screenshot } from "../src/screenshots"

// Every step is a server round trip on a development stack that may compile the page first.
const expect = baseExpect.configure({ timeout: 90_000 })
const PHONE = { width: 390, height: 844 }

test.beforeEach(async () => {
  test.slow()
  await backendAnswers()
})

/** Another producer's product in the same order, which the cooperative must never see. */
const OTHER_PRODUCT = "mien-dong-tai-hoan"

/** The operator signs in to Medusa Admin and approves the registration on the Producers page. */
async function approveInAdmin(browser: Browser, producerName: string) {
  const stack = readStack()
  const { context, admin } = await signInToAdmin(browser)
  await admin.goto(`${stack.adminUrl}/producers`)
  await expect(admin.getByRole("heading", { name: "Producers" })).toBeVisible()
  const row = admin.getByRole("row").filter({ hasText: producerName })
  await expect(row).toBeVisible()
  await row.getByRole("button", { name: "Approve" }).click()
  await expect(admin.getByText(/Approved: its members are told/)).toBeVisible()
  await expect(row).toHaveCount(0)
  await context.close()
}

test("a cooperative registers, is approved, lists a product, ships its line of an order, and prints its batch's labels (phone)", async ({
  browser,
  request,
}) => {
  const stack = readStack()
  const run = Date.now().toString(36)
  const producerName = `HTX Mật ong Bạc Hà ${run}`
  const email = `htx.${run}@example.vn`
  const password = "ocop-bacha-2025"
  const title = `Mật ong hoa bạc hà Mèo Vạc ${run}`
  const gtin = vietnameseGtin13("99999", Number.parseInt(run.slice(-4), 36) % 1000)

  // Registration: the business as printed on its papers, the 2025 province and commune, the owner.
  const producerContext = await browser.newContext({ viewport: PHONE })
  const portal = await producerContext.newPage()
  await open(portal, `${stack.storefrontUrl}/producer/dang-ky`)
  await portal.getByLabel("Tên chủ thể").fill(producerName)
  await portal.getByLabel("Loại hình").selectOption("cooperative")
  await portal.getByLabel("Mã số đăng ký kinh doanh").fill(String(Date.now()).slice(-10))
  await portal.getByLabel("Số điện thoại").fill("0912 345 678")
  await portal.getByLabel("Địa chỉ như trên giấy chứng nhận").fill("Thôn Tát Ngà, xã Mèo Vạc, huyện Mèo Vạc, tỉnh Hà Giang")
  await portal.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tỉnh Tuyên Quang" })
  const commune = portal.getByLabel("Xã/phường")
  await expect(commune).toBeEnabled()
  await commune.selectOption({ label: "Xã Mèo Vạc" })
  await portal.getByLabel("Họ tên người đăng ký").fill("Vàng Thị Mỷ")
  await portal.getByLabel("Email").fill(email)
  await portal.getByLabel("Mật khẩu").fill(password)
  await portal.getByRole("button", { name: "Gửi đăng ký" }).click()
  await expect(portal.getByRole("heading", { name: "Đã nhận đăng ký" })).toBeVisible()

  await approveInAdmin(browser, producerName)
  // Medusa's notification module told the owner (the local provider keeps the message).
  await expect
    .poll(async () => {
      const answer = await request.get(`${stack.backendUrl}/admin/notifications`, { headers: await adminHeaders(request), params: { to: email } })
      return ((await answer.json()) as { notifications: unknown[] }).notifications.length
    })
    .toBeGreaterThan(0)

  // The bookkeeper signs in and adds the product with one pack.
  await open(portal, `${stack.storefrontUrl}/producer`)
  await portal.getByLabel("Email").fill(email)
  await portal.getByLabel("Mật khẩu").fill(password)
  await portal.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(portal.getByRole("heading", { level: 1 })).toHaveText(producerName)
  await expect(portal.getByText("Đã được duyệt")).toBeVisible()
  await portal.getByRole("link", { name: "Thêm sản phẩm" }).click()
  await expect(portal).toHaveURL(/\/producer\/san-pham\/moi$/)
  await portal.getByLabel("Tên sản phẩm (tiếng Việt)").fill(title)
  await portal.getByLabel("Bộ sản phẩm OCOP").selectOption({ index: 1 })
  await portal.getByLabel("Tên quy cách").fill("Chai 500 ml")
  await portal.getByLabel("Mã hàng (SKU)").fill(`BACHA-${run}`)
  await portal.getByLabel(/Mã vạch GTIN-13/).fill(gtin)
  await portal.getByLabel("Giá (đồng)").fill("185.000")
  await portal.getByLabel("Số lượng tồn kho").fill("40")
  // The connection drops as the bookkeeper saves: what was typed is kept on the phone.
  await producerContext.setOffline(true)
  await portal.getByRole("button", { name: "Lưu bản nháp" }).click()
  await portal.waitForTimeout(1000)
  await producerContext.setOffline(false)
  await open(portal, `${stack.storefrontUrl}/producer/san-pham/moi`)
  await expect(portal.getByText("Đã điền lại những gì bạn nhập lần trước trên máy này.")).toBeVisible()
  await expect(portal.getByLabel("Tên sản phẩm (tiếng Việt)")).toHaveValue(title)
  await expect(portal.getByLabel("Giá (đồng)")).toHaveValue("185.000")
  await portal.getByRole("button", { name: "Lưu bản nháp" }).click()
  await expect(portal).toHaveURL(/\/producer\/san-pham\/prod_\w+\?created=1$/)
  const productId = new URL(portal.url()).pathname.split("/").pop()!
  await expect(portal.getByRole("heading", { level: 1 })).toHaveText(title)

  // Saved, the draft is forgotten: the next new product starts empty.
  await open(portal, `${stack.storefrontUrl}/producer/san-pham/moi`)
  await expect(portal.getByLabel("Tên sản phẩm (tiếng Việt)")).toHaveValue("")
  await open(portal, `${stack.storefrontUrl}/producer/san-pham/${productId}`)
  // A photo straight from the phone, then the product goes to the programme office.
  await portal.getByLabel("Chọn ảnh").setInputFiles({ name: "IMG_0412.jpg", mimeType: "image/jpeg", buffer: await cameraJpeg(portal) })
  await portal.getByRole("button", { name: "Tải ảnh lên" }).click()
  await expect(portal.locator("ul li img").first()).toBeVisible()
  await portal.getByRole("button", { name: "Gửi duyệt" }).click()
  await expect(portal.getByText("Đã gửi duyệt")).toBeVisible()
  await expectNoSeriousAxeViolations(portal)
  await screenshot(portal, "portal-product-sent", { fullPage: true })

  // The operator publishes it (Admin's product page saves the status through this route).
  const admin = await adminHeaders(request)
  const published = await request.post(`${stack.backendUrl}/admin/products/${productId}`, { headers: admin, data: { status: "published" } })
  expect(published.status()).toBe(200)
  const { product } = (await published.json()) as { product: { handle: string } }

  // In the shop and in its search within seconds.
  const buyerContext = await browser.newContext({ viewport: PHONE })
  const buyer = await buyerContext.newPage()
  await expect
    .poll(
      async () => {
        await buyer.goto(`${stack.storefrontUrl}/san-pham/${product.handle}`)
        return buyer.getByRole("heading", { level: 1 }).textContent()
      },
      { timeout: 30_000 },
    )
    .toBe(title)
  await expect
    .poll(
      async () => {
        await buyer.goto(`${stack.storefrontUrl}/san-pham?q=${encodeURIComponent(`mat ong bac ha ${run}`)}`)
        return buyer.getByRole("article").filter({ has: buyer.getByRole("heading", { name: title }) }).count()
      },
      { timeout: 30_000 },
    )
    .toBe(1)

  // A buyer orders it beside another producer's product, paying on delivery.
  await addToCartFromProductPage(buyer, CHECKOUT_VI, product.handle, 2)
  await addToCartFromProductPage(buyer, CHECKOUT_VI, OTHER_PRODUCT, 1)
  await open(buyer, `${stack.storefrontUrl}/thanh-toan`)
  await fillDeliveryDetails(buyer, CHECKOUT_VI, `mua.${run}@example.vn`)
  await buyer.getByRole("button", { name: CHECKOUT_VI.toReview }).click()
  await expect(buyer).toHaveURL(/step=review/)
  await buyer.getByRole("button", { name: CHECKOUT_VI.placeOrder }).click()
  await expect(buyer).toHaveURL(/\/don-hang\/order_/)
  const orderId = buyer.url().split("/").pop()!

  // The cooperative sees the order with only its own line, where to deliver, and the payment.
  await open(portal, `${stack.storefrontUrl}/producer/don-hang`)
  await expect(portal.getByRole("heading", { level: 1 })).toHaveText("Đơn hàng")
  const listed = portal.getByRole("link").filter({ hasText: title })
  await expect(listed).toHaveCount(1)
  await expect(listed).toContainText("Cần đóng gói")
  await listed.click()
  await expect(portal).toHaveURL(new RegExp(`/producer/don-hang/${orderId}$`))
  const main = portal.getByRole("main")
  await expect(main).toContainText(title)
  await expect(main).not.toContainText("Miến dong")
  await expect(main).toContainText("Nguyễn Thị Lan")
  await expect(main).toContainText("Xã Hải Hậu")
  await expect(main).toContainText("Thu tiền khi giao hàng (COD)")
  await expect(main).toContainText(new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(2 * 185_000))
  await expectNoSeriousAxeViolations(portal)
  await screenshot(portal, "portal-order-to-pack", { fullPage: true })

  // Packed, then handed to the carrier; a tracking number left out is asked for by name first.
  await portal.getByRole("button", { name: "Đóng gói" }).click()
  await expect(portal.getByText("Đã đóng gói")).toBeVisible()
  await portal.getByLabel("Đơn vị vận chuyển").fill("Viettel Post")
  await portal.getByRole("button", { name: "Gửi hàng" }).click()
  await expect(portal.getByLabel("Mã vận đơn")).toBeFocused()
  await portal.getByLabel("Mã vận đơn").fill("VTP2025120388")
  await portal.getByRole("button", { name: "Gửi hàng" }).click()
  await expect(portal.getByText("Đã gửi đi")).toBeVisible()
  await expect(main).toContainText("Viettel Post · mã vận đơn VTP2025120388")
  await screenshot(portal, "portal-order-shipped", { fullPage: true })

  // The buyer's order page shows the cooperative's parcel on its way, the other one not yet.
  await buyer.reload()
  const parcels = buyer.locator("[data-parcel-state]")
  await expect(parcels.filter({ hasText: producerName })).toHaveAttribute("data-parcel-state", "shipped")
  await expect(parcels.filter({ hasText: producerName })).toContainText("VTP2025120388")
  await screenshot(buyer, "buyer-order-parcels", { fullPage: true })

  // A batch of the pack, its label sheet, and the trace page its QR code opens.
  await open(portal, `${stack.storefrontUrl}/producer/san-pham/${productId}`)
  const lot = `L${run.toUpperCase().slice(-6)}`
  await portal.getByLabel("Mã lô").fill(lot)
  await portal.getByLabel("Số gói trong lô").fill("200")
  await portal.getByLabel("Hạn sử dụng").fill("2028-12-01")
  await portal.getByRole("button", { name: "Ghi lô hàng" }).click()
  await expect(portal.getByText("Đã ghi lô hàng.")).toBeVisible()
  await expect(portal.getByText(`Lô ${lot}`)).toBeVisible()
  await portal.getByRole("link", { name: "In tem" }).click()
  await expect(portal.getByRole("heading", { level: 1 })).toContainText(lot)
  const label = portal.locator("[data-digital-link]").first()
  await expect(label.locator("svg")).toHaveCount(2)
  await expect(label).toContainText(producerName)
  const digitalLink = await label.getAttribute("data-digital-link")
  expect(digitalLink).toBe(`/01/0${gtin}/10/${lot}`)
  await screenshot(portal, "portal-labels", { fullPage: true })

  await open(buyer, `${stack.storefrontUrl}${digitalLink}`)
  await expect(buyer.getByRole("main")).toContainText(title)
  await expect(buyer.getByRole("main")).toContainText(lot)
  await expect(buyer.getByRole("main")).toContainText(producerName)
  await screenshot(buyer, "trace-page-of-batch", { fullPage: true })

  // Later edits of a published product go live at once: its story, and another pack size.
  await open(portal, `${stack.storefrontUrl}/producer/san-pham/${productId}`)
  const story = "Ong nội được nuôi ở độ cao 1.500 m trên cao nguyên đá Đồng Văn, hút mật hoa bạc hà mỗi mùa đông."
  await portal.getByLabel(/Câu chuyện sản phẩm \(tiếng Việt\)/).fill(story)
  await portal.getByRole("button", { name: "Lưu", exact: true }).first().click()
  await expect(portal.getByText("Đã lưu; trang sản phẩm trong cửa hàng đã cập nhật.")).toBeVisible()
  await portal.getByLabel("Tên quy cách").fill("Chai 250 ml")
  await portal.getByLabel("Mã hàng (SKU)").fill(`BACHA-250-${run}`)
  await portal.getByLabel("Giá (đồng)").last().fill("99000")
  await portal.getByLabel("Số lượng tồn kho").last().fill("10")
  await portal.getByRole("button", { name: "Thêm quy cách" }).click()
  await expect(portal.getByRole("heading", { name: /Chai 250 ml · 99\.000/ })).toBeVisible()
  await expect
    .poll(
      async () => {
        await buyer.goto(`${stack.storefrontUrl}/san-pham/${product.handle}`)
        return (await buyer.getByRole("main").textContent()) ?? ""
      },
      { timeout: 30_000 },
    )
    .toContain("Đồng Văn")
  await expect(buyer.getByRole("radio", { name: /Chai 250 ml/ })).toBeVisible()

  // Taken off sale: asked to confirm first, then gone from the shop.
  await portal.getByLabel("Tôi muốn ngừng bán sản phẩm này").check()
  await portal.getByRole("button", { name: "Ngừng bán sản phẩm" }).click()
  await expect(portal).toHaveURL(/\/producer$/)
  await expect(portal.getByRole("link").filter({ hasText: title })).toHaveCount(0)
  await expect
    .poll(async () => (await buyer.goto(`${stack.storefrontUrl}/san-pham/${product.handle}`))?.status(), { timeout: 30_000 })
    .toBe(404)
  await producerContext.close()
  await buyerContext.close()
})

test("an owner invites a member of staff, who joins from the email's link and signs in; the owner removes them (phone)", async ({ browser, request }) => {
  const stack = readStack()
  const owner = DEMO_ACCOUNTS.find((account) => account.role === "producer")!
  const run = Date.now().toString(36)
  const staffEmail = `nhanvien.${run}@example.vn`

  const ownerContext = await browser.newContext({ viewport: PHONE })
  const portal = await ownerContext.newPage()
  await signInToPortal(portal, owner)
  await portal.getByRole("link", { name: "Thành viên" }).click()
  await expect(portal).toHaveURL(/\/producer\/thanh-vien$/)
  await portal.getByLabel("Email").fill(staffEmail)
  await portal.getByRole("button", { name: "Gửi lời mời" }).click()
  await expect(portal.getByText("Đã gửi lời mời qua email")).toBeVisible()
  await expect(portal.getByRole("listitem").filter({ hasText: staffEmail })).toContainText("Nhân viên")

  // The invited person opens the email's link on their own phone, chooses a password and joins.
  const link = new URL(await producerInviteLink(request, staffEmail))
  expect(link.pathname).toBe("/producer/loi-moi")
  const staffContext = await browser.newContext({ viewport: PHONE })
  const staff = await staffContext.newPage()
  await open(staff, `${stack.storefrontUrl}${link.pathname}${link.search}`)
  await staff.getByLabel("Họ tên người đăng ký").fill("Lò Văn Páo")
  await staff.getByLabel("Mật khẩu").fill("ocop-pao-2025")
  await staff.getByRole("button", { name: "Tham gia" }).click()
  await expect(staff.getByText("Bạn đã là thành viên của HTX Tài Hoan")).toBeVisible()
  await expect(staff.getByLabel("Email")).toHaveValue(staffEmail)
  await staff.getByLabel("Mật khẩu").fill("ocop-pao-2025")
  await staff.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(staff.getByText("Đã được duyệt")).toBeVisible()
  await staff.getByRole("link", { name: "Thành viên" }).click()
  await expect(staff.getByText("Chỉ chủ sở hữu mới mời hoặc gỡ thành viên.")).toBeVisible()
  await expect(staff.getByRole("button", { name: /^Gỡ/ })).toHaveCount(0)

  // The owner takes them off the producer.
  await portal.reload()
  const member = portal.getByRole("listitem").filter({ hasText: staffEmail })
  await member.getByRole("button", { name: "Gỡ Lò Văn Páo khỏi chủ thể" }).click()
  await expect(member).toHaveCount(0)
  await ownerContext.close()
  await staffContext.close()
})
