/**
 * A day at the Hải Hậu showroom's counter (1366 × 900, a counter PC or tablet): the cashier signs in,
 * opens a shift with a 500.000 ₫ float, scans two packs with the USB scanner (13 digits and Enter
 * typed on the keyboard), takes a 500.000 ₫ note and gives the change, prints the receipt, and the
 * showroom's stock goes down. A sale whose answer is lost after the backend took it is sent again
 * with the same key and recorded once; five sales made with the connection gone wait on the device
 * and are each recorded exactly once when it comes back. The manager closes the shift with the
 * drawer counted, and the report's totals are the sales made. On a till of its own, the manager
 * takes one pack of a two-pack sale back with its reason, paying its cash back from the drawer, then
 * the rest with "Trả cả đơn", and the cart says whether the phone typed belongs to an account.
 * The programme office makes a second showroom and its cashier on Admin's Showrooms page; that
 * cashier's counter holds none of Hải Hậu's packs, and Hải Hậu's sale, shift and pack are 404 to it.
 */
import { type APIRequestContext, expect as baseExpect, type Page, type Route, test } from "@playwright/test"
import { formatVnd } from "@ocop/domain/money"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { sepayNotification } from "@ocop/backend/integration-tests/bank-notifications"
import { adminHeaders, backendAnswers, freezeBackend, posGet, signInToAdmin, staffToken } from "../src/journey"
import { screenshot } from "../src/screenshots"
import { readStack } from "../src/stack"

// Every step is a server round trip on a development stack that may compile the page first.
const expect = baseExpect.configure({ timeout: 90_000 })
const COUNTER = { width: 1366, height: 900 }
const PHONE = { width: 390, height: 844 }

const cashier = DEMO_ACCOUNTS.find((account) => account.role === "showroom cashier")!
const manager = DEMO_ACCOUNTS.find((account) => account.role === "showroom manager")!


type Pack = { variant_id: string; gtin: string; title: string; price: number; stock: number; producer: { name: string } }
type Sale = { id: string; idempotency_key: string; total: number }
type Shift = { id: string; status: string; report: { expectedCash: number } }

/** An earlier run's shifts still open on this showroom are closed with their drawer as expected, so a journey starts its own. */
async function closeOpenShifts(request: APIRequestContext, managerToken: string) {
  const { shifts } = await posGet<{ shifts: Shift[] }>(request, managerToken, "/shifts?status=open")
  for (const shift of shifts) {
    const closed = await request.post(`${readStack().backendUrl}/pos/shifts/${shift.id}/close`, {
      headers: { authorization: `Bearer ${managerToken}` },
      data: { counted_cash: shift.report.expectedCash },
    })
    expect(closed.status()).toBe(200)
  }
}

async function packOf(request: APIRequestContext, token: string, gtin: string): Promise<Pack> {
  const { packs } = await posGet<{ packs: Pack[] }>(request, token, `/catalogue?gtin=${gtin}`)
  expect(packs, `the showroom sells ${gtin}`).toHaveLength(1)
  return packs[0]!
}

/** Scans as a USB scanner does: the digits typed as keys, then Enter, with no field focused. */
async function scan(page: Page, gtin: string) {
  await page.keyboard.type(gtin)
  await page.keyboard.press("Enter")
}

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/pos")
  await page.getByLabel("Email").fill(account.email)
  await page.getByLabel("Mật khẩu").fill(account.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

test.beforeEach(async () => {
  test.slow()
  await backendAnswers()
})

test("the cashier sells with change and a receipt, sales made offline are recorded once each, and the manager's report adds them up", async ({ browser, request }) => {
  const stack = readStack()
  const managerToken = await staffToken(request, manager)
  // The day starts with no shift open on this showroom.
  await closeOpenShifts(request, managerToken)
  const cashierToken = await staffToken(request, cashier)
  // Two packs of two producers with the most stock, together less than a 500.000 ₫ note, so that runs can follow each other.
  const { packs } = await posGet<{ packs: Pack[] }>(request, cashierToken, "/catalogue?limit=500")
  const sellable = packs.filter((pack) => pack.gtin && pack.price > 0 && pack.price < 250_000 && pack.stock >= 9).sort((a, b) => b.stock - a.stock)
  const packA = sellable[0]!
  const packB = sellable.find((pack) => pack.producer.name !== packA.producer.name)!
  expect(packA && packB, "the showroom holds two producers' packs to sell").toBeTruthy()
  const PACK_A = packA.gtin
  const PACK_B = packB.gtin

  const context = await browser.newContext({ viewport: COUNTER, baseURL: stack.storefrontUrl })
  const page = await context.newPage()

  await test.step("the cashier signs in (a wrong password is refused in the backend's words) and opens a shift", async () => {
    await signIn(page, { email: cashier.email, password: "not-the-password" })
    await expect(page.locator("form [role=alert]")).toHaveText(/Invalid email or password/)
    await page.getByLabel("Mật khẩu").fill(cashier.password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByLabel(/Tiền đầu ca/).fill("500.000đ,5")
    await page.getByRole("button", { name: "Mở ca" }).click()
    await expect(page.locator("form [role=alert]")).toContainText("không có phần lẻ")
    await expect(page.getByLabel(/Tiền đầu ca/)).toHaveValue("500.000đ,5")
    await page.getByLabel(/Tiền đầu ca/).fill("500.000")
    await page.getByRole("button", { name: "Mở ca" }).click()
    await expect(page.getByRole("button", { name: /Hoàn tất/ })).toBeVisible()
    await expect(page.locator("[data-stock]").first()).toBeVisible()
  })

  const shiftId = (await posGet<{ shifts: Shift[] }>(request, cashierToken, "/shifts?status=open")).shifts[0]!.id
  const firstTotal = packA.price + packB.price

  await test.step("two packs are scanned, a misread code is said, and a 500.000 ₫ note gets its change", async () => {
    await page.locator("body").click({ position: { x: 5, y: 5 } })
    await scan(page, PACK_A)
    await expect(page.locator(`[data-cart-line="${PACK_A}"]`)).toBeVisible()
    await scan(page, "8936133600219")
    await expect(page.locator("[data-counter-message]")).toHaveText(/sai số kiểm tra/)
    await scan(page, PACK_B)
    await expect(page.locator("[data-sale-total]")).toHaveText(formatVnd(firstTotal))
    await page.getByRole("button", { name: "500.000 ₫", exact: true }).click()
    await expect(page.locator("[data-change-due]")).toHaveText(formatVnd(500_000 - firstTotal))
    await screenshot(page, "counter-1366", { fullPage: true })
    await page.getByRole("button", { name: /Hoàn tất/ }).click()
    await expect(page.locator("[data-sale-done=sent]")).toBeVisible()
    await expect(page.locator("[data-done-change]")).toHaveText(formatVnd(500_000 - firstTotal))
  })

  await test.step("the receipt prints in Vietnamese with each item's producer, the change and trace codes", async () => {
    const [receipt] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: "In hoá đơn" }).click()])
    await expect(receipt.locator("[data-receipt-total]")).toHaveText(formatVnd(firstTotal))
    const text = ((await receipt.locator("[data-receipt]").textContent()) ?? "").normalize("NFC")
    expect(text).toContain("HOÁ ĐƠN BÁN HÀNG")
    expect(text).toContain("Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu")
    // The shop's one address form: the 2025 units, the ones it was issued under in brackets.
    await expect(receipt.locator("[data-receipt-address]")).toHaveText("Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)")
    for (const pack of [packA, packB]) {
      expect(text).toContain(pack.title)
      expect(text).toContain(pack.producer.name)
    }
    await expect(receipt.locator("[data-receipt-change]")).toHaveText(formatVnd(500_000 - firstTotal))
    await expect(receipt.getByRole("img", { name: /Mã QR truy xuất nguồn gốc/ })).toHaveCount(2)
    await screenshot(receipt, "receipt", { fullPage: true })
    await receipt.close()
  })

  await test.step("the showroom's stock of each pack went down by one", async () => {
    expect((await packOf(request, cashierToken, PACK_A)).stock).toBe(packA.stock - 1)
    expect((await packOf(request, cashierToken, PACK_B)).stock).toBe(packB.stock - 1)
  })

  let lostKey = ""
  await test.step("a sale whose answer is lost after the backend took it is sent again with its key and recorded once", async () => {
    const sentKeys: string[] = []
    let held: Route | undefined
    let taken = false
    await page.route("**/api/pos/sales", async (route) => {
      if (route.request().method() !== "POST") return route.continue()
      sentKeys.push(route.request().headers()["idempotency-key"] ?? "")
      if (taken) return route.continue()
      taken = true
      // The backend takes the sale; its answer never reaches the counter, which gives up waiting.
      await route.fetch()
      held = route
    })
    await page.getByRole("button", { name: "Đơn mới" }).click()
    await scan(page, PACK_A)
    await page.getByRole("button", { name: "Vừa đủ" }).click()
    await page.getByRole("button", { name: /Hoàn tất/ }).click()
    await expect(page.locator("[data-sale-done=waiting]")).toBeVisible()
    await expect(page.locator("[data-outbox-count]")).toHaveAttribute("data-outbox-count", "1")
    await held?.abort().catch(() => undefined)
    await expect(page.locator("[data-outbox-count]")).toHaveAttribute("data-outbox-count", "0")
    await page.unroute("**/api/pos/sales")
    expect(sentKeys.length).toBeGreaterThanOrEqual(2)
    expect(new Set(sentKeys).size, "every send of the sale carried the same key").toBe(1)
    lostKey = sentKeys[0]!
    const { sales } = await posGet<{ sales: Sale[] }>(request, cashierToken, `/sales?shift_id=${shiftId}&limit=100`)
    expect(sales.filter((sale) => sale.idempotency_key === lostKey)).toHaveLength(1)
  })

  await test.step("five sales made offline wait on the device, and are each recorded once when the connection is back", async () => {
    await context.setOffline(true)
    await expect(page.getByText("Ngoại tuyến", { exact: true })).toBeVisible()
    await expect(page.getByRole("radio", { name: "VietQR" })).toBeDisabled()
    for (let sale = 1; sale <= 5; sale++) {
      await page.getByRole("button", { name: "Đơn mới" }).click()
      await scan(page, PACK_A)
      await expect(page.locator("[data-sale-total]")).toHaveText(formatVnd(packA.price))
      await page.getByRole("button", { name: "Vừa đủ" }).click()
      // F9 completes the sale from the keyboard, as the cashier's hands stay on the scanner.
      await page.keyboard.press("F9")
      await expect(page.locator("[data-sale-done=waiting]")).toBeVisible()
      await expect(page.locator("[data-outbox-count]")).toHaveAttribute("data-outbox-count", String(sale))
    }
    await expect(page.locator("[data-outbox-count]")).toHaveText(/Chờ gửi: 5/)
    await page.locator("[data-outbox-count]").click()
    await expect(page.locator("[data-outbox-entry]")).toHaveCount(5)
    await screenshot(page, "offline-outbox-1366", { fullPage: true })
    await page.getByRole("button", { name: "Đóng", exact: true }).click()
    await context.setOffline(false)
    await expect(page.locator("[data-outbox-count]")).toHaveAttribute("data-outbox-count", "0")
    const { sales, count } = await posGet<{ sales: Sale[]; count: number }>(request, cashierToken, `/sales?shift_id=${shiftId}&limit=100`)
    expect(count).toBe(7)
    expect(new Set(sales.map((sale) => sale.idempotency_key)).size).toBe(7)
    expect(sales.filter((sale) => sale.idempotency_key === lostKey)).toHaveLength(1)
  })

  const discount = Math.ceil(packA.price / 4)
  await test.step("a discount beyond the cashier's 10 % needs the manager, who approves it on the counter for that sale", async () => {
    await page.getByRole("button", { name: "Đơn mới" }).click()
    await scan(page, PACK_A)
    await page.locator(`[data-cart-line="${PACK_A}"]`).getByRole("button", { name: "Giảm giá" }).click()
    await page.getByLabel("Số tiền giảm của dòng").fill(String(discount))
    await page.getByLabel("Lý do giảm giá của dòng").fill("Hộp móp khi vận chuyển")
    await page.getByRole("button", { name: "Áp dụng" }).first().click()
    await expect(page.locator("[data-sale-total]")).toHaveText(formatVnd(packA.price - discount))
    await page.getByRole("button", { name: "Vừa đủ" }).click()
    await page.getByRole("button", { name: /Hoàn tất/ }).click()
    await expect(page.getByRole("heading", { name: "Cần quản lý duyệt" })).toBeVisible()
    // The cashier's own login approves nothing.
    await page.getByLabel("Email quản lý").fill(cashier.email)
    await page.getByLabel("Mật khẩu quản lý").fill(cashier.password)
    await page.getByRole("button", { name: "Duyệt đơn này" }).click()
    await expect(page.locator("form [role=alert]")).toContainText("không phải email và mật khẩu của quản lý")
    await page.getByLabel("Email quản lý").fill(manager.email)
    await page.getByLabel("Mật khẩu quản lý").fill(manager.password)
    await page.getByRole("button", { name: "Duyệt đơn này" }).click()
    await expect(page.locator("[data-sale-done=sent]")).toBeVisible()
    const { sales } = await posGet<{ sales: (Sale & { approved_by: string | null; discount_total: number })[] }>(request, cashierToken, `/sales?shift_id=${shiftId}&limit=1`)
    const { staff } = await posGet<{ staff: { id: string } }>(request, managerToken, "/me")
    expect(sales[0]).toMatchObject({ approved_by: staff.id, discount_total: discount, total: packA.price - discount })
  })

  await test.step("a VietQR sale shows its transfer on the customer display, which follows the counter", async () => {
    const display = await context.newPage()
    await display.goto("/pos/display")
    await expect(display.getByRole("heading", { name: "Xin chào quý khách" })).toBeVisible()
    await page.bringToFront()
    await page.getByRole("button", { name: "Đơn mới" }).click()
    await scan(page, PACK_A)
    await expect(display.locator("[data-display-total]")).toHaveText(formatVnd(packA.price))
    await page.getByRole("radio", { name: "VietQR" }).check()
    await page.getByRole("button", { name: /Hoàn tất/ }).click()
    await expect(page.locator("[data-transfer-state=awaiting]")).toBeVisible()
    const { sales } = await posGet<{ sales: (Sale & { status: string; payments: { method: string; reference: string | null }[] })[] }>(request, cashierToken, `/sales?shift_id=${shiftId}&limit=1`)
    const reference = sales[0]!.payments.find((payment) => payment.method === "vietqr")?.reference
    expect(reference).toMatch(/^OCOP/)
    await expect(display.locator("[data-display-reference]")).toHaveText(reference!)
    await expect(display.getByRole("img", { name: `Mã VietQR ${formatVnd(packA.price)}` })).toBeVisible()
    await expect(display.locator("[data-display-account]")).toBeVisible()
    await screenshot(display, "customer-display-vietqr", { fullPage: true })

    // The bank tells the shop, signed as SePay signs; the counter and the customer's screen say the money came.
    const notification = sepayNotification({ amount: packA.price, content: `MBVCB.5512345678.${reference}.CT tu 0987654321 TRAN VAN BINH` })
    const answer = await request.post(`${stack.backendUrl}${notification.path}`, { data: notification.body, headers: notification.headers })
    expect(answer.status()).toBe(200)
    expect(await answer.json()).toMatchObject({ recorded: true, outcome: "paid" })
    await expect(page.locator("[data-transfer-state=received]")).toBeVisible()
    await expect(display.locator("[data-display-paid]")).toHaveText("Đã nhận tiền")
    const confirmed = await posGet<{ sale: { status: string } }>(request, cashierToken, `/sales/${sales[0]!.id}`)
    expect(confirmed.sale.status).toBe("completed")
    await display.close()
  })

  await test.step("on a phone the counter still scans and sells", async () => {
    await page.setViewportSize(PHONE)
    await page.getByRole("button", { name: "Đơn mới" }).click()
    await page.getByRole("searchbox", { name: "Tìm sản phẩm" }).fill("banh deo")
    await expect(page.getByRole("button", { name: new RegExp(packA.title) }).first()).toBeVisible()
    await page.getByRole("searchbox", { name: "Tìm sản phẩm" }).fill(PACK_B)
    await page.getByRole("searchbox", { name: "Tìm sản phẩm" }).press("Enter")
    await expect(page.locator(`[data-cart-line="${PACK_B}"]`)).toBeVisible()
    await screenshot(page, "counter-390", { fullPage: true })
    await page.getByRole("button", { name: `Xoá` }).click()
    await page.setViewportSize(COUNTER)
  })

  await test.step("the cashier puts change into the drawer, with its reason", async () => {
    await page.getByRole("button", { name: "Thu / chi" }).click()
    await page.getByLabel("Số tiền", { exact: true }).fill("200.000")
    await page.getByRole("button", { name: "Ghi nhận" }).click()
    await expect(page.locator("form [role=alert]")).toContainText("lý do")
    await page.getByLabel("Lý do", { exact: true }).fill("Đổi thêm tiền lẻ ở ngân hàng")
    await page.getByRole("button", { name: "Ghi nhận" }).click()
    await expect(page.locator("[data-counter-message]")).toHaveText("Đã ghi thu chi tiền mặt.")
  })

  await test.step("the manager closes the shift with the drawer counted, and the report adds up the day's sales", async () => {
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await signIn(page, manager)
    await page.getByRole("button", { name: "Đóng ca" }).click()
    const cash = firstTotal + 7 * packA.price - discount
    const expected = 500_000 + cash + 200_000
    await page.getByLabel("Tiền mặt đếm được").fill(String(expected - 10_000))
    await page.getByRole("button", { name: "Đóng ca và xem báo cáo" }).click()
    await expect(page).toHaveURL(new RegExp(`/pos/shifts/${shiftId}$`))
    await expect(page.locator("[data-report=sales-count]")).toHaveText("9")
    await expect(page.locator("[data-report=sales-total]")).toHaveText(formatVnd(cash + packA.price))
    await expect(page.locator("[data-report=cash]")).toHaveText(formatVnd(cash))
    await expect(page.locator("[data-report=vietqr]")).toHaveText(formatVnd(packA.price))
    // The transfer was confirmed: nothing of it is still awaited.
    await expect(page.locator("[data-report=vietqr-pending]")).toHaveCount(0)
    await expect(page.locator("[data-report=float]")).toHaveText(formatVnd(500_000))
    await expect(page.locator("[data-report=cash-in]")).toHaveText(formatVnd(200_000))
    await expect(page.locator("[data-report=expected]")).toHaveText(formatVnd(expected))
    await expect(page.locator("[data-report=difference]")).toHaveText(`Thiếu ${formatVnd(10_000)}`)
    await expect(page.locator(`[data-report-producer="${packA.producer.name}"]`)).toContainText(formatVnd(9 * packA.price - discount))
    await expect(page.locator(`[data-report-producer="${packB.producer.name}"]`)).toContainText(formatVnd(packB.price))
    await screenshot(page, "shift-report", { fullPage: true })
  })

  await context.close()
})

test("the manager takes a pack of a sale back on its own till, then the rest of it, and the cart says the phone typed has no account", async ({ browser, request }) => {
  const stack = readStack()
  const managerToken = await staffToken(request, manager)
  // A till of its own: the first journey's report counts only its own shift.
  await closeOpenShifts(request, managerToken)
  const { packs } = await posGet<{ packs: Pack[] }>(request, managerToken, "/catalogue?limit=500")
  const pack = packs.filter((entry) => entry.gtin && entry.price > 0 && entry.price < 250_000 && entry.stock >= 9).sort((a, b) => b.stock - a.stock)[0]!
  expect(pack, "the showroom holds a pack to sell twice").toBeTruthy()

  const context = await browser.newContext({ viewport: COUNTER, baseURL: stack.storefrontUrl })
  const page = await context.newPage()

  await test.step("the manager opens a shift on another till and sells two of a pack to a phone without an account", async () => {
    await signIn(page, manager)
    await page.getByLabel("Quầy").fill("Quầy 2")
    await page.getByLabel(/Tiền đầu ca/).fill("500.000")
    await page.getByRole("button", { name: "Mở ca" }).click()
    await expect(page.getByRole("button", { name: /Hoàn tất/ })).toBeVisible()
    await page.locator("body").click({ position: { x: 5, y: 5 } })
    await scan(page, pack.gtin)
    await scan(page, pack.gtin)
    await expect(page.locator("[data-sale-total]")).toHaveText(formatVnd(2 * pack.price))
    await page.getByText("Giảm giá cả đơn · Khách hàng").click()
    const phone = page.getByLabel("Số điện thoại khách (không bắt buộc)")
    await phone.fill("12345")
    await page.getByRole("button", { name: "Tìm", exact: true }).click()
    await expect(page.locator("[data-customer=refused]")).toContainText("không phải số điện thoại Việt Nam")
    await phone.fill("0387 654 321")
    await page.getByRole("button", { name: "Tìm", exact: true }).click()
    await expect(page.locator("[data-customer=none]")).toHaveText("Chưa có tài khoản với số này — đơn vẫn ghi số điện thoại.")
    await page.getByRole("button", { name: "Vừa đủ" }).click()
    await page.getByRole("button", { name: /Hoàn tất/ }).click()
    await expect(page.locator("[data-sale-done=sent]")).toBeVisible()
  })

  const shift = (await posGet<{ shifts: (Shift & { till: string })[] }>(request, managerToken, "/shifts?status=open")).shifts[0]!
  expect(shift.till).toBe("Quầy 2")
  const { sales } = await posGet<{ sales: (Sale & { customer_phone: string | null })[] }>(request, managerToken, `/sales?shift_id=${shift.id}&limit=1`)
  const sale = sales[0]!
  expect(sale.customer_phone).toBe("0387654321")
  const stockAfterSale = (await packOf(request, managerToken, pack.gtin)).stock
  expect(stockAfterSale).toBe(pack.stock - 2)

  await test.step("cut off from the backend, the return says it needs the connection", async () => {
    await context.setOffline(true)
    await page.getByRole("button", { name: "Trả hàng", exact: true }).click()
    await expect(page.getByRole("dialog").getByRole("alert")).toContainText("Trả hàng cần kết nối mạng")
    await page.getByRole("button", { name: "Đóng", exact: true }).click()
    await context.setOffline(false)
    await expect(page.getByText("Trực tuyến", { exact: true })).toBeVisible()
  })

  await test.step("the manager chooses one of the two packs, is asked the reason, and pays its cash back", async () => {
    await page.getByRole("button", { name: "Trả hàng", exact: true }).click()
    await page.locator(`[data-return-sale="${sale.id}"]`).getByRole("button").click()
    const line = page.locator(`[data-return-line="${pack.gtin}"]`)
    await line.getByRole("button", { name: `Trả thêm một ${pack.title}` }).click()
    await line.getByRole("button", { name: `Trả thêm một ${pack.title}` }).click()
    await expect(line.locator("[data-return-quantity]")).toHaveText("2")
    // No more than the sale holds.
    await expect(line.getByRole("button", { name: `Trả thêm một ${pack.title}` })).toBeDisabled()
    await expect(page.locator("[data-return-cash]")).toHaveText(formatVnd(2 * pack.price))
    await line.getByRole("button", { name: `Trả bớt một ${pack.title}` }).click()
    await expect(line.locator("[data-return-quantity]")).toHaveText("1")
    await expect(page.locator("[data-return-cash]")).toHaveText(formatVnd(pack.price))
    await page.getByRole("button", { name: "Xác nhận trả 1 gói" }).click()
    await expect(page.getByRole("dialog").getByRole("alert")).toContainText("Hãy ghi lý do trả hàng")
    await page.getByLabel("Lý do trả hàng (bắt buộc)").fill("Khách đổi ý, gói còn nguyên tem")
    await screenshot(page, "return-dialog-1366", { fullPage: true })
    await page.setViewportSize(PHONE)
    // The dialog stays over the viewport of a phone: the viewport is what the manager sees.
    await screenshot(page, "return-dialog-390")
    await page.setViewportSize(COUNTER)
    await page.getByRole("button", { name: "Xác nhận trả 1 gói" }).click()
    await expect(page.locator("[data-return-paid]")).toHaveText(formatVnd(pack.price))
    await expect(page.locator("[data-expected-cash]")).toHaveText(formatVnd(500_000 + 2 * pack.price - pack.price))
    await expect(line.locator("[data-return-quantity]")).toHaveText("0")
    await expect(line).toContainText("đã trả 1")
  })

  await test.step("the backend recorded the pack back on the sale and on the showroom's shelf", async () => {
    const { sale: after } = await posGet<{ sale: { returned_total: number; lines: { returned_quantity: number; returned_amount: number }[] } }>(request, managerToken, `/sales/${sale.id}`)
    expect(after.returned_total).toBe(pack.price)
    expect(after.lines[0]).toMatchObject({ returned_quantity: 1, returned_amount: pack.price })
    expect((await packOf(request, managerToken, pack.gtin)).stock).toBe(stockAfterSale + 1)
    const { shift: drawer } = await posGet<{ shift: Shift }>(request, managerToken, `/shifts/${shift.id}`)
    expect(drawer.report.expectedCash).toBe(500_000 + pack.price)
  })

  await test.step("the manager takes the rest of the sale back with \"Trả cả đơn\", and the sale is refunded", async () => {
    await page.getByRole("button", { name: `Trả cả đơn · ${formatVnd(pack.price)}` }).click()
    await expect(page.getByRole("dialog").getByRole("alert")).toContainText("Hãy ghi lý do trả hàng")
    await page.getByLabel("Lý do trả hàng (bắt buộc)").fill("Khách trả nốt gói còn lại")
    await page.getByRole("button", { name: `Trả cả đơn · ${formatVnd(pack.price)}` }).click()
    await expect(page.locator("[data-return-paid]")).toHaveText(formatVnd(pack.price))
    await expect(page.getByText("Đơn này đã được hoàn trả toàn bộ.")).toBeVisible()
    await expect(page.locator("[data-expected-cash]")).toHaveText(formatVnd(500_000))
    const { sale: refunded } = await posGet<{ sale: { status: string; returned_total: number } }>(request, managerToken, `/sales/${sale.id}`)
    expect(refunded).toMatchObject({ status: "refunded", returned_total: 2 * pack.price })
    expect((await packOf(request, managerToken, pack.gtin)).stock).toBe(pack.stock)
  })

  await test.step("a cashier on the same shift sees no return button", async () => {
    await page.getByRole("button", { name: "Đóng", exact: true }).click()
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await signIn(page, cashier)
    await expect(page.getByRole("button", { name: /Hoàn tất/ })).toBeVisible()
    await expect(page.getByRole("button", { name: "Trả hàng", exact: true })).toHaveCount(0)
  })

  const closed = await request.post(`${stack.backendUrl}/pos/shifts/${shift.id}/close`, {
    headers: { authorization: `Bearer ${managerToken}` },
    data: { counted_cash: 500_000 },
  })
  expect(closed.status()).toBe(200)
  await context.close()
})

test("with the backend stopped and the counter still online, two cash sales wait on the device and are each recorded once when it answers again", async ({ browser, request }) => {
  const stack = readStack()
  const managerToken = await staffToken(request, manager)
  const cashierToken = await staffToken(request, cashier)
  await closeOpenShifts(request, managerToken)
  const { packs } = await posGet<{ packs: Pack[] }>(request, managerToken, "/catalogue?limit=500")
  const pack = packs.filter((entry) => entry.gtin && entry.price > 0 && entry.stock >= 3).sort((a, b) => b.stock - a.stock)[0]!
  expect(pack, "the showroom holds a pack to sell twice").toBeTruthy()

  const context = await browser.newContext({ viewport: COUNTER, baseURL: stack.storefrontUrl })
  const page = await context.newPage()
  await signIn(page, cashier)
  await page.getByLabel("Quầy").fill("Quầy 3")
  await page.getByLabel(/Tiền đầu ca/).fill("300.000")
  await page.getByRole("button", { name: "Mở ca" }).click()
  await expect(page.getByRole("button", { name: /Hoàn tất/ })).toBeVisible()
  const { shifts } = await posGet<{ shifts: (Shift & { till: string })[] }>(request, cashierToken, "/shifts?status=open")
  const shiftId = shifts.find((shift) => shift.till === "Quầy 3")!.id

  // The counter has the showroom's catalogue on the device before the backend goes.
  await expect(page.getByRole("button", { name: new RegExp(pack.title) }).first()).toBeVisible()
  const resume = await freezeBackend()
  try {
    await page.locator("body").click({ position: { x: 5, y: 5 } })
    for (let sale = 1; sale <= 2; sale++) {
      if (sale > 1) await page.getByRole("button", { name: "Đơn mới" }).click()
      await scan(page, pack.gtin)
      await expect(page.locator("[data-sale-total]")).toHaveText(formatVnd(pack.price))
      await page.getByRole("button", { name: "Vừa đủ" }).click()
      await page.keyboard.press("F9")
      // The counter gives up waiting on the answer, keeps the sale and says so; the browser is online throughout.
      await expect(page.locator("[data-sale-done=waiting]")).toBeVisible()
      await expect(page.locator("[data-outbox-count]")).toHaveAttribute("data-outbox-count", String(sale))
    }
    await expect(page.getByText("Trực tuyến", { exact: true })).toBeVisible()
    await screenshot(page, "backend-stopped-outbox-1366")
  } finally {
    await resume()
  }

  // The backend, back, takes the first send it had queued, then the counter's retries: each sale once.
  await expect(page.locator("[data-outbox-count]")).toHaveAttribute("data-outbox-count", "0")
  const { sales, count } = await posGet<{ sales: (Sale & { sold_offline_at: string | null })[]; count: number }>(request, cashierToken, `/sales?shift_id=${shiftId}&limit=100`)
  expect(count).toBe(2)
  expect(new Set(sales.map((sale) => sale.idempotency_key)).size).toBe(2)
  // The second was made once the counter knew it was cut off, so it says when it was made.
  expect(sales.filter((sale) => sale.sold_offline_at !== null)).toHaveLength(1)
  expect((await packOf(request, cashierToken, pack.gtin)).stock).toBe(pack.stock - 2)

  const closed = await request.post(`${stack.backendUrl}/pos/shifts/${shiftId}/close`, {
    headers: { authorization: `Bearer ${managerToken}` },
    data: { counted_cash: 300_000 + 2 * pack.price },
  })
  expect(closed.status()).toBe(200)
  await context.close()
})

/** The showroom the programme office makes in the journey below, kept from one run to the next (the stack's database stays). */
const HA_LONG = {
  handle: "showroom-ha-long",
  name: "Cửa hàng giới thiệu sản phẩm OCOP Hạ Long",
  address: "số 1 đường Trần Hưng Đạo, phường Hạ Long, tỉnh Quảng Ninh",
  province: "Tỉnh Quảng Ninh",
  commune: "Phường Hạ Long",
}
const HA_LONG_CASHIER = { name: "Phạm Thu Hà", email: "thu-ngan@showroom-ha-long.example.vn", password: "quay-ha-long-2026" }
const HA_LONG_MANAGER = { name: "Đỗ Minh Quân", email: "quan-ly@showroom-ha-long.example.vn", password: "quan-ly-ha-long-2026", role: "manager" }

type AdminShowroom = { id: string; handle: string; name: string }
type AdminStaff = { id: string; email: string }

test("the programme office makes a second showroom and its cashier in the Admin, whose counter sees none of Hải Hậu's stock, sales or shifts", async ({ browser, request }) => {
  const stack = readStack()
  const admin = await adminHeaders(request)
  const adminGet = async <T>(path: string): Promise<T> => {
    const response = await request.get(`${stack.backendUrl}${path}`, { headers: admin })
    expect(response.status(), path).toBe(200)
    return (await response.json()) as T
  }
  const showroomByHandle = async () => (await adminGet<{ showrooms: AdminShowroom[] }>("/admin/showrooms")).showrooms.find((showroom) => showroom.handle === HA_LONG.handle)

  // Hải Hậu's side: a sale on a till of its own, whose sale, shift and pack the other showroom asks for.
  const haiHauCashier = await staffToken(request, cashier)
  const haiHauManager = await staffToken(request, manager)
  const till = "Quầy kiểm tra phân quyền"
  await closeOpenShifts(request, haiHauManager)
  const opened = await request.post(`${stack.backendUrl}/pos/shifts`, { headers: { authorization: `Bearer ${haiHauCashier}` }, data: { opening_float: 0, till } })
  expect(opened.status()).toBe(201)
  const haiHauShift = (await opened.json()).shift as Shift
  const { packs } = await posGet<{ packs: Pack[] }>(request, haiHauCashier, "/catalogue?limit=500")
  const pack = packs.filter((candidate) => candidate.gtin && candidate.price > 0 && candidate.stock >= 2).sort((a, b) => b.stock - a.stock)[0]!
  expect(pack, "Hải Hậu holds a pack to sell").toBeTruthy()
  const sold = await request.post(`${stack.backendUrl}/pos/sales`, {
    headers: { authorization: `Bearer ${haiHauCashier}`, "idempotency-key": `showroom-scope-${Date.now()}` },
    data: { shift_id: haiHauShift.id, lines: [{ variant_id: pack.variant_id, quantity: 1 }], payments: [{ method: "cash", amount: pack.price, tendered: pack.price }] },
  })
  expect(sold.status()).toBe(201)
  const haiHauSale = (await sold.json()).sale as Sale

  // An earlier run's Hạ Long staff go, through the Admin API, so this run adds its cashier again; its manager closes that run's shift.
  const earlier = await showroomByHandle()
  if (earlier) {
    const { staff } = await adminGet<{ staff: AdminStaff[] }>(`/admin/showrooms/${earlier.id}/staff`)
    const earlierManager = staff.find((member) => member.email === HA_LONG_MANAGER.email)
    if (earlierManager) await closeOpenShifts(request, await staffToken(request, HA_LONG_MANAGER))
    for (const member of staff) {
      expect((await request.delete(`${stack.backendUrl}/admin/showrooms/${earlier.id}/staff/${member.id}`, { headers: admin })).status()).toBe(200)
    }
  }

  const { context: adminContext, admin: adminPage } = await signInToAdmin(browser)
  await test.step("the operator makes the Hạ Long showroom (province, then its 2025 commune) and its cashier on the Showrooms page", async () => {
    await adminPage.goto(`${stack.adminUrl}/showrooms`)
    await expect(adminPage.getByRole("heading", { name: "Showrooms", exact: true })).toBeVisible()
    await expect(adminPage.getByRole("row").filter({ hasText: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu" })).toBeVisible()
    const form = adminPage.getByRole("form", { name: "New showroom" })
    if (!earlier) {
      await form.getByLabel("Name", { exact: true }).fill(HA_LONG.name)
      await form.getByLabel(/^Handle/).fill("Showroom Hạ Long")
      await form.getByLabel(/^Address as written/).fill(HA_LONG.address)
      await form.getByLabel(/^Province/).selectOption({ label: HA_LONG.province })
      await form.getByLabel("Commune or ward").selectOption({ label: HA_LONG.commune })
      await form.getByRole("button", { name: "Create showroom" }).click()
      // A handle that is not one is refused with what to write instead.
      await expect(adminPage.getByText(/A handle is lower-case letters, digits and dashes/)).toBeVisible()
      await form.getByLabel(/^Handle/).fill(HA_LONG.handle)
      await form.getByRole("button", { name: "Create showroom" }).click()
      await expect(adminPage.getByText(`${HA_LONG.name} is made, with its sales channel and stock location. Add its staff next.`)).toBeVisible()
    }
    const row = adminPage.getByRole("row").filter({ hasText: HA_LONG.name })
    await expect(row).toContainText(`${HA_LONG.commune}, ${HA_LONG.province}`)
    await expect(row).toContainText(`Kho ${HA_LONG.name}`)
    const addStaff = adminPage.getByRole("form", { name: `Add staff to ${HA_LONG.name}` })
    await addStaff.getByLabel("Name").fill(HA_LONG_CASHIER.name)
    await addStaff.getByLabel("Email").fill(HA_LONG_CASHIER.email)
    await addStaff.getByLabel(/^Password/).fill("ngan")
    await addStaff.getByRole("button", { name: "Add staff" }).click()
    await expect(adminPage.getByText(/A password has at least 8 characters/)).toBeVisible()
    await addStaff.getByLabel(/^Password/).fill(HA_LONG_CASHIER.password)
    await addStaff.getByRole("button", { name: "Add staff" }).click()
    await expect(row.getByRole("list", { name: `Staff of ${HA_LONG.name}` })).toContainText(HA_LONG_CASHIER.name)
    await screenshot(adminPage, "admin-showrooms-1366", { fullPage: true })
  })
  await adminContext.close()

  const haLong = (await showroomByHandle())!
  const added = await request.post(`${stack.backendUrl}/admin/showrooms/${haLong.id}/staff`, { headers: admin, data: HA_LONG_MANAGER })
  expect(added.status()).toBe(201)

  const context = await browser.newContext({ viewport: COUNTER, baseURL: stack.storefrontUrl })
  const page = await context.newPage()
  await test.step("Hạ Long's cashier signs in at /pos and its counter holds none of Hải Hậu's packs", async () => {
    await signIn(page, HA_LONG_CASHIER)
    await expect(page.getByText(`${HA_LONG_CASHIER.name} · ${HA_LONG.name}`)).toBeVisible()
    await page.getByLabel(/Tiền đầu ca/).fill("200.000")
    await page.getByRole("button", { name: "Mở ca" }).click()
    await expect(page.getByRole("button", { name: /Hoàn tất/ })).toBeVisible()
    await expect(page.getByText(HA_LONG.name).first()).toBeVisible()
    await expect(page.locator("[data-stock]")).toHaveCount(0)
    await page.locator("body").click({ position: { x: 5, y: 5 } })
    await scan(page, pack.gtin)
    await expect(page.locator("[data-counter-message]")).toHaveAttribute("role", "alert")
    await expect(page.locator(`[data-cart-line="${pack.gtin}"]`)).toHaveCount(0)
    await screenshot(page, "other-showroom-counter-1366", { fullPage: true })
  })

  await test.step("Hải Hậu's sale, shift and pack are 404 to it, through the storefront as the browser asks and at the backend", async () => {
    const haLongToken = await staffToken(request, HA_LONG_CASHIER)
    for (const path of [`/sales/${haiHauSale.id}`, `/shifts/${haiHauShift.id}`, `/catalogue/${pack.variant_id}`]) {
      const proxied = await page.request.get(`/api/pos${path}`)
      expect(proxied.status(), `/api/pos${path}`).toBe(404)
      const direct = await request.get(`${stack.backendUrl}/pos${path}`, { headers: { authorization: `Bearer ${haLongToken}` } })
      expect(direct.status(), `/pos${path}`).toBe(404)
    }
    const { sales } = (await (await page.request.get("/api/pos/sales?limit=100")).json()) as { sales: Sale[] }
    expect(sales.map((sale) => sale.id)).not.toContain(haiHauSale.id)
    const { shifts } = (await (await page.request.get("/api/pos/shifts")).json()) as { shifts: Shift[] }
    expect(shifts.map((shift) => shift.id)).not.toContain(haiHauShift.id)
    const { packs: haLongPacks } = (await (await page.request.get(`/api/pos/catalogue?gtin=${pack.gtin}`)).json()) as { packs: Pack[] }
    expect(haLongPacks).toEqual([])
    // Hải Hậu's own cashier still reads it.
    expect((await posGet<{ sale: Sale }>(request, haiHauCashier, `/sales/${haiHauSale.id}`)).sale.id).toBe(haiHauSale.id)
  })
  await context.close()

  const closed = await request.post(`${stack.backendUrl}/pos/shifts/${haiHauShift.id}/close`, {
    headers: { authorization: `Bearer ${haiHauManager}` },
    data: { counted_cash: pack.price },
  })
  expect(closed.status()).toBe(200)
})
