import { expect as baseExpect, type Page, test } from "@playwright/test"
import { commissionOn } from "@ocop/domain/ledger"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { addToCartFromProductPage, CHECKOUT_VI, expectNoSeriousAxeViolations, formatVnd, placeOrder } from "../src/checkout-steps"
import { adminHeaders, backendAnswers, markDelivered, packOrder, signInToAdmin, signInToPortal } from "../src/journey"
import { screenshot } from "../src/screenshots"
import { readStack } from "../src/stack"

// Every step is a server round trip on a development stack that may compile the page first.
const expect = baseExpect.configure({ timeout: 90_000 })
test.beforeEach(async () => {
  test.slow()
  await backendAnswers()
})

/** HTX Tài Hoan's miến dong: the demo producer whose owner signs in to the portal. */
const PRODUCT_HANDLE = "mien-dong-tai-hoan"
const ACCOUNT = { bank_bin: "970436", bank_account_number: "0011004123456", bank_account_name: "HTX TAI HOAN" }

type Summary = { sales: number; refunds: number; commission: number; settled: number; due: number }

/** The figure the portal shows under a label ("Còn được nhận" …), as its text. */
const figure = (portal: Page, label: string) => portal.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]")

test("a delivered order credits its producer less commission, the producer reads it in the portal, and the operator settles it by VietQR", async ({ browser, request }) => {
  const stack = readStack()
  const admin = await adminHeaders(request)
  const { producers } = await (await request.get(`${stack.backendUrl}/admin/producers`, { headers: admin, params: { q: "Tài Hoan" } })).json()
  const producerId = producers[0].id as string

  // The programme office records the cooperative's bank account and its own 5 % rate, and pays out
  // what earlier runs left due, so this run's order is all there is to settle.
  expect((await request.post(`${stack.backendUrl}/admin/producers/${producerId}`, { headers: admin, data: ACCOUNT })).status()).toBe(200)
  expect((await request.post(`${stack.backendUrl}/admin/commission-rates`, { headers: admin, data: { scope: "producer", scope_id: producerId, rate_percent: 5 } })).status()).toBe(200)
  const before = (await (await request.get(`${stack.backendUrl}/admin/ledger/${producerId}`, { headers: admin })).json()).summary as Summary
  if (before.due > 0) {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())
    expect((await request.post(`${stack.backendUrl}/admin/ledger/${producerId}/settlements`, { headers: admin, data: { period_end: today } })).status()).toBe(201)
  }
  const owedBefore = Math.min(before.due, 0)

  // A buyer pays cash on delivery for one pack; the parcel is delivered, so the cash is collected.
  const buyer = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await buyer.newPage()
  await addToCartFromProductPage(page, CHECKOUT_VI, PRODUCT_HANDLE, 1)
  const orderId = await placeOrder(page, CHECKOUT_VI, "so-thanh-toan@example.vn", /^Thanh toán khi nhận hàng/)
  await markDelivered(request, orderId, await packOrder(request, orderId))
  await buyer.close()

  const { order } = await (await request.get(`${stack.backendUrl}/admin/orders/${orderId}`, { headers: admin })).json()
  const lineTotal = Math.round(Number(order.items[0].total))
  const commission = commissionOn(lineTotal, 500)
  const net = lineTotal - commission
  await expect
    .poll(async () => ((await (await request.get(`${stack.backendUrl}/admin/ledger/${producerId}`, { headers: admin })).json()).summary as Summary).due, {
      message: "the delivered order's line credited to HTX Tài Hoan",
    })
    .toBe(owedBefore + net)

  // The cooperative's owner reads it in the portal, on a phone and on a desktop.
  const owner = DEMO_ACCOUNTS.find((account) => account.role === "producer")!
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    const context = await browser.newContext({ viewport })
    const portal = await context.newPage()
    await signInToPortal(portal, owner)
    await portal.getByRole("link", { name: "Sổ thanh toán" }).click()
    await expect(portal).toHaveURL(/\/producer\/so-thanh-toan$/)
    await expect(portal.getByRole("heading", { level: 1 })).toHaveText("Sổ thanh toán")
    await expect(figure(portal, "Còn được nhận")).toHaveText(formatVnd(owedBefore + net))
    const newest = portal.getByRole("listitem").filter({ hasText: `Đơn #${order.display_id}` })
    await expect(newest).toContainText("Bán: Miến dong Tài Hoan")
    await expect(newest).toContainText(`${formatVnd(lineTotal)} − ${formatVnd(commission)} · Thực nhận ${formatVnd(net)}`)
    await expect(newest).toContainText("chưa thanh toán")
    await expectNoSeriousAxeViolations(portal)
    await screenshot(portal, `portal-ledger-${viewport.width}`, { fullPage: true })
    await context.close()
  }

  // The operator settles it on the Admin's Ledger page, which draws the transfer's VietQR code.
  const { context, admin: adminPage } = await signInToAdmin(browser)
  await adminPage.goto(`${stack.adminUrl}/ledger`)
  const row = adminPage.getByRole("row").filter({ hasText: "Tài Hoan" })
  // Only a refund after an earlier run's settlement could leave it owing more than this order brought.
  expect(owedBefore + net).toBeGreaterThan(0)
  await row.getByRole("button", { name: "Settle" }).click()
  await expect(adminPage.getByRole("img", { name: `VietQR: ${formatVnd(owedBefore + net)} to HTX TAI HOAN` })).toBeVisible()
  await expect(adminPage.getByText(/^OCOP TT \d{6}$/)).toBeVisible()
  await screenshot(adminPage, "admin-ledger-1366")
  await context.close()

  // Paid out: nothing is due, and the payout is in the cooperative's ledger.
  const after = (await (await request.get(`${stack.backendUrl}/admin/ledger/${producerId}`, { headers: admin })).json()) as { summary: Summary; settlements: { amount: number }[] }
  expect(after.summary.due).toBe(0)
  expect(after.settlements[0]?.amount).toBe(owedBefore + net)
})
