/**
 * The programme office reads its reports in the Admin (1366 px, then a 390 px phone): a pack sold
 * at the Hải Hậu showroom's counter shows under its producer for today's period, in the table and
 * the chart; the CSV downloaded opens with the UTF-8 BOM and keeps the producer's Vietnamese name;
 * the showrooms' days list today's sale.
 */
import { readFileSync } from "node:fs"
import { expect as baseExpect, test } from "@playwright/test"
import { formatVnd } from "@ocop/domain/money"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { DEMO_ACCOUNTS } from "../../seed/src/demo-accounts"
import { adminHeaders, backendAnswers, posGet, signInToAdmin, staffToken } from "../src/journey"
import { screenshot } from "../src/screenshots"
import { readStack } from "../src/stack"

// Every step is a server round trip on a development stack that may compile the page first.
const expect = baseExpect.configure({ timeout: 90_000 })
test.beforeEach(async () => {
  test.slow()
  await backendAnswers()
})

const cashier = DEMO_ACCOUNTS.find((account) => account.role === "showroom cashier")!
const manager = DEMO_ACCOUNTS.find((account) => account.role === "showroom manager")!
const TILL = "Quầy báo cáo"

type Pack = { variant_id: string; gtin: string; title: string; price: number; stock: number; producer: { name: string } }
type Shift = { id: string; till: string; status: string; report: { expectedCash: number } }
type SalesGroup = { label: string; units: number; net: number }

test("the operator picks a period on the Reports page, sees a counter sale under its producer, and downloads the CSV for Excel", async ({ browser, request }) => {
  const stack = readStack()
  const today = todayInVietnam()
  const cashierToken = await staffToken(request, cashier)
  const managerToken = await staffToken(request, manager)
  const pos = (token: string) => ({ authorization: `Bearer ${token}` })

  // One pack sold for cash on a till of this journey's own, its shift closed again at the end.
  const open = (await posGet<{ shifts: Shift[] }>(request, managerToken, "/shifts?status=open")).shifts.find((shift) => shift.till === TILL)
  const shiftId =
    open?.id ?? (await (await request.post(`${stack.backendUrl}/pos/shifts`, { headers: pos(cashierToken), data: { opening_float: 0, till: TILL } })).json()).shift.id
  const { packs } = await posGet<{ packs: Pack[] }>(request, cashierToken, "/catalogue?limit=500")
  const pack = packs.filter((candidate) => candidate.price > 0 && candidate.stock >= 1).sort((a, b) => b.stock - a.stock)[0]!
  expect(pack, "the showroom holds a pack to sell").toBeTruthy()
  const sold = await request.post(`${stack.backendUrl}/pos/sales`, {
    headers: { ...pos(cashierToken), "idempotency-key": `reports-journey-${Date.now()}` },
    data: { shift_id: shiftId, lines: [{ variant_id: pack.variant_id, quantity: 1 }], payments: [{ method: "cash", amount: pack.price, tendered: pack.price }] },
  })
  expect(sold.status()).toBe(201)
  const admin = await adminHeaders(request)
  const producerGroup = async () => {
    const answer = await request.get(`${stack.backendUrl}/admin/reports/sales`, { headers: admin, params: { by: "producer", from: today, to: today } })
    return ((await answer.json()).groups as SalesGroup[]).find((group) => group.label === pack.producer.name)
  }
  await expect.poll(async () => (await producerGroup())?.units ?? 0, { message: "the sale reaches the ledger" }).toBeGreaterThanOrEqual(1)
  const expected = (await producerGroup())!

  const { context, admin: page } = await signInToAdmin(browser)
  await test.step("the Reports page, in the Admin's menu, shows today's sales by producer as a chart and a table", async () => {
    await page.goto(`${stack.adminUrl}/orders`)
    await page.getByRole("link", { name: "Reports", exact: true }).click()
    await expect(page.getByRole("heading", { name: "Reports for the programme office" })).toBeVisible()
    await expect(page.getByText(/Sales are the producers' ledger: every paid order line, online and at the showrooms' counters/)).toBeVisible()
    await expect(page.getByRole("tab", { name: "Sales" })).toHaveAttribute("aria-selected", "true")
    await page.getByRole("button", { name: "Last month" }).click()
    await expect(page).toHaveURL(/preset=last_month/)
    await page.getByLabel("From (Vietnam day)").fill(today)
    await page.getByLabel("To (included)").fill(today)
    await page.getByRole("button", { name: "Show", exact: true }).click()
    await page.getByRole("tab", { name: "By producer" }).click()
    await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}.*by=producer|by=producer.*from=${today}`))
    const row = page.getByRole("row").filter({ hasText: pack.producer.name })
    await expect(row).toContainText(formatVnd(expected.net))
    await expect(page.getByRole("img", { name: /Net sales by producer/ })).toBeVisible()
    await screenshot(page, "reports-sales-1366", { fullPage: true })
  })

  await test.step("the CSV downloaded starts with the UTF-8 BOM and keeps the producer's Vietnamese name", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV (Excel)" }).click()])
    expect(download.suggestedFilename()).toBe(`doanh-số-theo-chủ-thể_${today}_${today}.csv`)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString("utf8")
    expect(text.split("\r\n")[0]).toBe("Từ ngày,Đến ngày,Mã,Chủ thể OCOP,Số lượng,Doanh thu (đồng),Hoàn tiền (đồng),Doanh thu thuần (đồng),Hoa hồng (đồng)")
    expect(text).toContain(`,${pack.producer.name.normalize("NFC")},${expected.units},`)
  })

  await test.step("the showrooms' days list today's sale at Hải Hậu, and the page reads at 390 px", async () => {
    await page.getByRole("tab", { name: "Showrooms' days" }).click()
    await expect(page.getByRole("row").filter({ hasText: "Hải Hậu" }).first()).toBeVisible()
    await screenshot(page, "reports-showrooms-1366", { fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole("tab", { name: "Sales" }).click()
    await expect(page.getByRole("row").filter({ hasText: pack.producer.name })).toBeVisible()
    await screenshot(page, "reports-sales-390", { fullPage: true })
    await page.getByRole("tab", { name: "To do" }).click()
    await expect(page.getByRole("link", { name: "Review them on the Producers page" })).toBeVisible()
    await screenshot(page, "reports-to-do-390", { fullPage: true })
  })
  await context.close()

  const shift = (await posGet<{ shifts: Shift[] }>(request, managerToken, "/shifts?status=open")).shifts.find((candidate) => candidate.id === shiftId)
  if (shift) {
    const closed = await request.post(`${stack.backendUrl}/pos/shifts/${shift.id}/close`, { headers: pos(managerToken), data: { counted_cash: shift.report.expectedCash } })
    expect(closed.status()).toBe(200)
  }
})
