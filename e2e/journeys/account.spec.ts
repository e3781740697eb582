import AxeBuilder from "@axe-core/playwright"
import { expect as baseExpect, type Page, test } from "@playwright/test"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { backendAnswers, confirmationLink, open, passwordResetLink, registerBuyer, uniqueEmail } from "../src/journey"
import { readStack } from "../src/stack"
import { screenshot } from "../src/screenshots"

// Every step here is a server round trip (a server action, a redirect, a page the development
// stack may compile on first use); on a busy machine one may take longer than the default wait.
const expect = baseExpect.configure({ timeout: 90_000 })
// Each journey walks several pages, so it gets three times the configured test time.
test.beforeEach(async () => {
  test.slow()
  await backendAnswers()
})

const buyer = DEMO_ACCOUNTS.find((account) => account.role === "buyer")!
/** Trà nhân trần of Hải Hậu: a product the checkout journey does not count the stock of. */
const PRODUCT_HANDLE = "tra-nhan-tran-hai-hau"

/** What the register form ends on, with the email it names taken out, to compare one email's with another's. */
async function checkInboxText(page: Page, email: string): Promise<string> {
  const panel = page.getByRole("status").filter({ hasText: "Hãy kiểm tra hộp thư" })
  await expect(panel).toBeVisible()
  await expect(panel).toContainText(email)
  return ((await panel.textContent()) ?? "").replaceAll(email, "<email>")
}

async function fillRegistration(page: Page, { fullName, email, phone, password }: { fullName: string; email: string; phone: string; password: string }) {
  await page.getByLabel("Họ và tên").fill(fullName)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Số điện thoại").fill(phone)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
}

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([])
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

test("a new buyer registers, confirms the email through its link, signs out, is told the password is wrong, and signs in again", async ({ page, request }) => {
  const stack = readStack()
  const email = uniqueEmail()
  const password = "ocop-mai-2025"

  await open(page, `${stack.storefrontUrl}/tai-khoan/dang-ky`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tạo tài khoản")
  await fillRegistration(page, { fullName: "Trần Thị Mai", email, phone: "0912 345 abc", password: "ngắn" })

  // The first field in error takes the focus; what was typed is still there, except the password.
  const phone = page.getByLabel("Số điện thoại")
  await expect(phone).toBeFocused()
  await expect(phone).toHaveAccessibleDescription(/Số điện thoại chưa đúng/)
  await expect(page.getByLabel("Mật khẩu")).toHaveAccessibleDescription(/Mật khẩu quá ngắn/)
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Trần Thị Mai")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await expect(page.getByLabel("Mật khẩu")).toHaveValue("")
  await expectNoSeriousAxeViolations(page)

  await phone.fill("0912 345 678")
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
  // The form ends on the inbox to look in, and the focus goes there.
  await checkInboxText(page, email)
  await expect(page.getByRole("status").filter({ hasText: "Hãy kiểm tra hộp thư" })).toBeFocused()
  await expectNoSeriousAxeViolations(page)

  // Until the link is opened and confirmed, the right password is told to confirm the email first.
  await open(page, `${stack.storefrontUrl}/tai-khoan/dang-nhap`)
  await signIn(page, email, password)
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Email này chưa được xác nhận\. Hãy mở liên kết xác nhận trong thư/)

  const link = await confirmationLink(request, email)
  expect(link).toMatch(new RegExp(`^${stack.storefrontUrl}/tai-khoan/xac-nhan\\?token=`))
  await open(page, link)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xác nhận email")
  await expectNoSeriousAxeViolations(page)
  // Opening the link, as a mail scanner does, confirms nothing: only its button does.
  const before = await request.post(`${stack.backendUrl}/auth/customer/emailpass`, { data: { email, password } })
  expect(before.status()).toBe(401)
  expect((await before.json()).code).toBe("email_not_confirmed")

  await page.getByRole("button", { name: "Xác nhận email" }).click()
  await expect(page).toHaveURL(/\/tai-khoan$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tài khoản của tôi")
  await expect(page.getByText("Xin chào, Mai!")).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByText("0912345678")).toBeVisible()
  await expectNoSeriousAxeViolations(page)

  // The link works once; again, it says the email is confirmed and leads to sign in.
  await open(page, link)
  await page.getByRole("button", { name: "Xác nhận email" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email này đã được xác nhận. Hãy đăng nhập bằng email và mật khẩu của bạn.")
  await expect(page.getByRole("main").getByRole("link", { name: "Đăng nhập" })).toBeVisible()

  await open(page, `${stack.storefrontUrl}/tai-khoan`)
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(`${stack.storefrontUrl}/`)

  // A guest who opens an account page is asked to sign in and comes back to it afterwards.
  await open(page, `${stack.storefrontUrl}/tai-khoan/don-hang`)
  await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap\?next=%2Ftai-khoan%2Fdon-hang$/)
  await signIn(page, email, "not-the-password")
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu chưa đúng. Bạn hãy kiểm tra lại và thử lần nữa.")
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused()
  await expectNoSeriousAxeViolations(page)
  await expect(page.getByLabel("Email")).toHaveValue(email)

  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\/don-hang$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đơn hàng của tôi")
  await expect(page.getByText("Bạn chưa có đơn hàng nào.")).toBeVisible()

  // Addresses: the one picker, province then a commune of the 2025 units, then the street.
  await page.getByRole("navigation", { name: "Tài khoản" }).getByRole("link", { name: "Sổ địa chỉ" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\/dia-chi$/)
  await page.waitForLoadState("networkidle")
  await expect(page.getByText("Bạn chưa lưu địa chỉ nào.")).toBeVisible()
  await page.getByLabel("Họ và tên người nhận").fill("Trần Thị Mai")
  await page.getByLabel("Số điện thoại").fill("+84 912 345 678")
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tỉnh Ninh Bình" })
  await page.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Xã Hải Hậu" })
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill("Xóm 3, thôn Đông")
  await page.getByRole("button", { name: "Lưu địa chỉ" }).click()

  await expect(page.getByRole("status").filter({ hasText: "Đã lưu địa chỉ." })).toBeVisible()
  const book = page.getByRole("list", { name: "Sổ địa chỉ" })
  const saved = book.getByRole("listitem").filter({ hasText: "Xóm 3, thôn Đông, Xã Hải Hậu, Tỉnh Ninh Bình" })
  await expect(saved).toContainText("Trần Thị Mai")
  await expect(saved).toContainText("0912 345 678")
  // The first address saved is the default one.
  await expect(saved).toContainText("Mặc định")
  await expectNoSeriousAxeViolations(page)

  await saved.getByRole("link", { name: /^Sửa địa chỉ/ }).click()
  await expect(page.getByRole("heading", { name: "Sửa địa chỉ" })).toBeVisible()
  await page.waitForLoadState("networkidle")
  await expect(page.getByLabel("Xã/phường/đặc khu")).toHaveValue("14215")
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill("Số 12, xóm 3, thôn Đông")
  await page.getByRole("button", { name: "Lưu địa chỉ" }).click()
  await expect(book.getByRole("listitem")).toHaveCount(1)
  await expect(book).toContainText("Số 12, xóm 3, thôn Đông, Xã Hải Hậu, Tỉnh Ninh Bình")

  await book.getByRole("button", { name: /^Xóa địa chỉ/ }).click()
  await expect(page.getByRole("status").filter({ hasText: "Đã xóa địa chỉ." })).toBeVisible()
  await expect(page.getByText("Bạn chưa lưu địa chỉ nào.")).toBeVisible()
})

test("registering an email that already has an account ends as a new one does: look in the inbox", async ({ page }) => {
  const stack = readStack()
  const fresh = uniqueEmail()
  await open(page, `${stack.storefrontUrl}/tai-khoan/dang-ky`)
  await fillRegistration(page, { fullName: "Trần Thị Mai", email: fresh, phone: "0912345678", password: "ocop-mai-2025" })
  const forNewEmail = await checkInboxText(page, fresh)

  await open(page, `${stack.storefrontUrl}/tai-khoan/dang-ky`)
  await fillRegistration(page, { fullName: "Nguyễn Lan", email: buyer.email, phone: "0912345678", password: "another-password-1" })
  // The same words whether or not the email has an account; its owner is told by email.
  expect(await checkInboxText(page, buyer.email)).toBe(forNewEmail)
  await expect(page.getByText(/đã được dùng|already/)).toHaveCount(0)
})

test("a link that is not ours, opened without JavaScript, is refused with the way to register again", async ({ browser }) => {
  const stack = readStack()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${stack.storefrontUrl}/en/account/confirm?token=eyJmb3JnZWQiOnRydWV9.bm90LW91ci1zaWduYXR1cmU`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your email")
  await page.getByRole("button", { name: "Confirm email" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This link is not right, or part of it is missing. Open the whole link from the email, or register again to get a new one.",
  )
  await page.getByRole("main").getByRole("link", { name: "Register again" }).click()
  await expect(page).toHaveURL(/\/en\/account\/register$/)
  await context.close()
})

test("the cart a guest filled is still there after signing in; signing out leaves it with the account, and signing in again brings it back", async ({
  page,
  request,
}) => {
  const stack = readStack()
  await open(page, `${stack.storefrontUrl}/san-pham/${PRODUCT_HANDLE}`)
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByText(/Đã thêm 1 sản phẩm vào giỏ hàng/)).toBeVisible()
  const cartId = (await page.context().cookies()).find((cookie) => cookie.name === "ocop_cart")?.value
  expect(cartId).toBeTruthy()
  /** The cart as the store API gives it to this browser: with the session it holds, if any. */
  const readCart = async () => {
    const session = (await page.context().cookies()).find((cookie) => cookie.name === "ocop_customer")?.value
    return request.get(`${stack.backendUrl}/store/carts/${cartId}?fields=email`, {
      headers: { "x-publishable-api-key": stack.publishableKey, ...(session ? { authorization: `Bearer ${session}` } : {}) },
    })
  }
  const cartEmail = async () => (await (await readCart()).json()).cart.email
  expect(await cartEmail()).toBeNull()

  await open(page, `${stack.storefrontUrl}/tai-khoan/dang-nhap?next=%2Fgio-hang`)
  await signIn(page, buyer.email, buyer.password)
  await expect(page).toHaveURL(/\/gio-hang$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giỏ hàng")
  await expect(page.getByRole("main")).toContainText("Trà nhân trần")

  // The backend gave the cart to the buyer, who now owns the same cart, not a copy.
  expect(await cartEmail()).toBe(buyer.email)
  expect((await page.context().cookies()).find((cookie) => cookie.name === "ocop_cart")?.value).toBe(cartId)
  // Now the buyer's, it opens only with their session: the cart's id alone shows nothing of them.
  const withIdOnly = await request.get(`${stack.backendUrl}/store/carts/${cartId}?fields=email`, { headers: { "x-publishable-api-key": stack.publishableKey } })
  expect(withIdOnly.status()).toBe(404)

  // Whoever uses this browser next does not see the buyer's cart.
  await open(page, `${stack.storefrontUrl}/tai-khoan`)
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(`${stack.storefrontUrl}/`)
  await open(page, `${stack.storefrontUrl}/gio-hang`)
  await expect(page.getByText("Giỏ hàng của bạn đang trống.")).toBeVisible()

  // The buyer comes back with an empty cart: the one left with the account is theirs again.
  await open(page, `${stack.storefrontUrl}/tai-khoan/dang-nhap?next=%2Fgio-hang`)
  await signIn(page, buyer.email, buyer.password)
  await expect(page).toHaveURL(/\/gio-hang$/)
  await expect(page.getByRole("main")).toContainText("Trà nhân trần")
  expect((await page.context().cookies()).find((cookie) => cookie.name === "ocop_cart")?.value).toBe(cartId)

  // Emptied, so later runs signing in as the demo buyer start from nothing.
  await page.getByRole("button", { name: /^Xóa/ }).click()
  await expect(page.getByText("Giỏ hàng của bạn đang trống.")).toBeVisible()
})

test("an order placed while signed in is listed with its statuses and opens its own page; checkout starts from the saved address", async ({
  page,
  request,
}) => {
  const stack = readStack()
  const account = await registerBuyer(request)
  await open(page, `${stack.storefrontUrl}/tai-khoan/dia-chi`)
  await signIn(page, account.email, account.password)
  await expect(page).toHaveURL(/\/tai-khoan\/dia-chi$/)
  await page.waitForLoadState("networkidle")
  await page.getByLabel("Họ và tên người nhận").fill("Trần Thị Mai")
  await page.getByLabel("Số điện thoại").fill("0912 345 678")
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tỉnh Ninh Bình" })
  await page.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Xã Hải Hậu" })
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill("Xóm 3, thôn Đông")
  await page.getByRole("button", { name: "Lưu địa chỉ" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu địa chỉ." })).toBeVisible()

  await open(page, `${stack.storefrontUrl}/san-pham/${PRODUCT_HANDLE}`)
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByText(/Đã thêm 1 sản phẩm vào giỏ hàng/)).toBeVisible()
  await open(page, `${stack.storefrontUrl}/thanh-toan`)
  await expect(page.getByLabel("Email")).toHaveValue(account.email)
  await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Trần Thị Mai")
  await expect(page.getByLabel("Xã/phường/đặc khu")).toHaveValue("14215")
  await expect(page.getByLabel("Số nhà, đường, thôn/xóm")).toHaveValue("Xóm 3, thôn Đông")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  await page.getByRole("button", { name: "Tiếp tục: xem lại đơn hàng" }).click()
  await expect(page).toHaveURL(/step=review/)
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page).toHaveURL(/\/don-hang\/order_/, { timeout: 90_000 })
  const orderPath = new URL(page.url()).pathname

  await open(page, `${stack.storefrontUrl}/tai-khoan/don-hang`)
  const orders = page.getByRole("article")
  await expect(orders).toHaveCount(1)
  const order = orders.first()
  await expect(order.getByRole("heading")).toHaveText(/^Đơn hàng #\d+$/)
  const number = (await order.getByRole("heading").textContent())!.replace("Đơn hàng ", "")
  await expect(order).toContainText("Trạng tháiĐang xử lý")
  // Cash on delivery: accepted when the order is placed, collected when it arrives.
  await expect(order).toContainText(/Thanh toán(Chưa thanh toán|Chờ thanh toán|Chưa thu tiền: thu khi gửi hoặc giao hàng)/)
  await expect(order).toContainText("Giao hàngChờ chuẩn bị hàng")
  await expectNoSeriousAxeViolations(page)
  await expect(order).toContainText(/\d{1,3}(\.\d{3})+\s₫ · 1 sản phẩm/)
  await order.getByRole("link", { name: /^Xem chi tiết đơn hàng #\d+$/ }).click()
  await expect(page).toHaveURL(`${stack.storefrontUrl}${orderPath}`)
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number)
})

test("without JavaScript, signing in still works and a wrong password still gets its sentence", async ({ browser }) => {
  const stack = readStack()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${stack.storefrontUrl}/en/account/sign-in`)
  await page.getByLabel("Email").fill(buyer.email)
  await page.getByLabel("Password").fill("wrong-password")
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right. Please check them and try again.")
  await expect(page.getByLabel("Email")).toHaveValue(buyer.email)

  await page.getByLabel("Password").fill(buyer.password)
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account")
  await expect(page.getByText("Hello, Lan!")).toBeVisible()
  await context.close()
})

test("a buyer who forgot the password asks for a link on a phone, sets a new one, is signed in with it, and the link works once", async ({ browser, request }) => {
  const stack = readStack()
  const forgetful = await registerBuyer(request)
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()

  await open(page, `${stack.storefrontUrl}/tai-khoan/dang-nhap`)
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\/quen-mat-khau$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quên mật khẩu")
  await expectNoSeriousAxeViolations(page)
  await page.getByLabel("Email").fill(forgetful.email.toUpperCase())
  await page.getByRole("button", { name: "Gửi liên kết" }).click()
  const sent = page.getByRole("status").filter({ hasText: "Hãy kiểm tra hộp thư" })
  await expect(sent).toBeFocused()
  await expect(sent).toContainText(forgetful.email)
  await screenshot(page, "forgot-password-sent-390", { fullPage: true })

  const link = await passwordResetLink(request, forgetful.email)
  expect(link).toMatch(new RegExp(`^${stack.storefrontUrl}/tai-khoan/dat-lai-mat-khau\\?token=`))
  await open(page, link)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt mật khẩu mới")
  await expect(page.getByText(forgetful.email)).toBeVisible()
  await expectNoSeriousAxeViolations(page)
  await screenshot(page, "reset-password-390", { fullPage: true })

  // A password the rules refuse is said so beside the field, and the link still works.
  await page.getByLabel("Mật khẩu mới").fill(forgetful.email.split("@")[0]!)
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page.getByText("Mật khẩu này quá dễ đoán. Bạn hãy chọn mật khẩu khác, không trùng với email.")).toBeVisible()
  const newPassword = "mật khẩu mới của Mai"
  await page.getByLabel("Mật khẩu mới").fill(newPassword)
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page).toHaveURL(/\/tai-khoan$/)
  await expect(page.getByText("Xin chào, Mai!")).toBeVisible()

  // The old password no longer signs in; the new one does.
  const old = await request.post(`${stack.backendUrl}/auth/customer/emailpass`, { data: { email: forgetful.email, password: forgetful.password } })
  expect(old.status()).toBe(401)
  const renewed = await request.post(`${stack.backendUrl}/auth/customer/emailpass`, { data: { email: forgetful.email, password: newPassword } })
  expect(renewed.status()).toBe(200)

  // Used once, the link says so and leads to a new one.
  await open(page, link)
  await page.getByLabel("Mật khẩu mới").fill("một mật khẩu khác nữa")
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Liên kết đặt lại mật khẩu này đã được dùng/)
  await page.getByRole("link", { name: "Xin liên kết mới" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\/quen-mat-khau$/)
  await context.close()
})

test("without JavaScript, an English buyer asks for a reset link and is told the same for an email with no account", async ({ browser }) => {
  const stack = readStack()
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const answers: string[] = []
  for (const email of [buyer.email, uniqueEmail()]) {
    await page.goto(`${stack.storefrontUrl}/en/account/forgot-password`)
    await page.getByLabel("Email").fill(email)
    await page.getByRole("button", { name: "Send the link" }).click()
    const sent = page.getByRole("status").filter({ hasText: "Check your inbox" })
    await expect(sent).toContainText(email)
    answers.push(((await sent.textContent()) ?? "").replaceAll(email, "<email>"))
  }
  expect(answers[0]).toBe(answers[1])
  await context.close()
})
