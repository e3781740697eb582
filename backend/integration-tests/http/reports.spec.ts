/**
 * The programme office's reports on a real Postgres: a web order and a counter sale under the right
 * province, industry, star and producer with the right sums, refunds lowering net, a period of
 * Vietnam's days leaving out what is outside it, the CSV export keeping Vietnamese intact for Excel,
 * certificates expiring within 90 days only, what waits for the office, the showrooms' day totals,
 * and bad periods refused with a sentence.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { BANK_TRANSFER_MODULE } from "../../src/modules/bank-transfer"
import type BankTransferModuleService from "../../src/modules/bank-transfer/service"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import {
  createPosStaff,
  createReadyCart,
  createTestProducer,
  createTestProduct,
  type Headers,
  setUpStore,
  signInOperator,
  type TestCertificateInput,
  type TestProduct,
  type TestProducer,
  type TestStore,
} from "../fixtures"
import { answer, type Api, eventually } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

/** The day `days` from today in Vietnam, "YYYY-MM-DD". */
const dayFromToday = (days: number) => new Date(Date.parse(todayInVietnam()) + days * 86_400_000).toISOString().slice(0, 10)
/** A decision dated so that its certificate (valid 36 months) runs until `days` from today. */
const decidedToExpireIn = (days: number) => {
  const day = new Date(Date.parse(dayFromToday(days)))
  day.setUTCFullYear(day.getUTCFullYear() - 3)
  return day.toISOString().slice(0, 10)
}
const certificate = (decision_number: string, star_rating: number, decision_date: string): TestCertificateInput => ({
  decision_number,
  decision_date,
  issuing_authority: "UBND tỉnh Nam Định",
  star_rating,
  total_score: star_rating === 5 ? 92 : star_rating === 4 ? 80 : 60,
  evaluation_kind: "new",
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let store: TestStore
    let admin: Headers
    let fishSauceMaker: TestProducer
    let teaMaker: TestProducer
    let fishSauce: TestProduct
    let tea: TestProduct
    const today = todayInVietnam()
    const report = (path: string) => answer(api.get(path, admin))
    const group = (groups: { key: string }[], key: string) => groups.find((candidate) => candidate.key === key)

    // Everything is sold in beforeAll, which the runner restores each test to: the tests only read.
    beforeAll(async () => {
      const container = getContainer()
      store = await setUpStore(container)
      admin = await signInOperator(container, api, "reports.operator@test.example.vn")
      expect((await answer(api.post("/admin/commission-rates", { scope: "default", rate_percent: 10 }, admin))).status).toBe(200)

      // Ninh Bình (37, once Nam Định), industry I (food, set 3), 4★; Thái Nguyên (19), industry II (drinks, set 14), 5★.
      fishSauceMaker = await createTestProducer(container, {
        handle: "htx-nuoc-mam-hai-hau",
        name: "HTX Nước mắm Hải Hậu",
        kind: "cooperative",
        address_as_issued: "xã Hải Hòa, huyện Hải Hậu, tỉnh Nam Định",
        province_code: "37",
      })
      teaMaker = await createTestProducer(container, {
        handle: "htx-che-tan-cuong",
        name: "HTX Chè Tân Cương",
        kind: "cooperative",
        address_as_issued: "xã Tân Cương, thành phố Thái Nguyên, tỉnh Thái Nguyên",
        province_code: "19",
      })
      fishSauce = await createTestProduct(container, store, {
        producer: fishSauceMaker,
        title: "Nước mắm cốt Hải Hậu",
        handle: "nuoc-mam-cot-hai-hau",
        productSet: 3,
        variants: [{ title: "Chai 500 ml", priceVnd: 120_000, stock: 20, showroomStock: 10 }],
        certificates: [certificate("101/QĐ-UBND", 4, decidedToExpireIn(400))],
      })
      tea = await createTestProduct(container, store, {
        producer: teaMaker,
        title: "Chè búp Tân Cương",
        handle: "che-bup-tan-cuong",
        productSet: 14,
        variants: [{ title: "Gói 200 g", priceVnd: 80_000, stock: 20 }],
        certificates: [certificate("202/QĐ-UBND", 5, decidedToExpireIn(500))],
      })
      // Sold nowhere: one certificate ends in 30 days, one in 120 (outside the report), one ended yesterday.
      await createTestProduct(container, store, {
        producer: fishSauceMaker,
        title: "Mắm tôm Hải Hậu",
        handle: "mam-tom-hai-hau",
        productSet: 3,
        variants: [{ title: "Hũ 250 g", priceVnd: 45_000, stock: 5 }],
        certificates: [certificate("303/QĐ-UBND", 3, decidedToExpireIn(30))],
      })
      await createTestProduct(container, store, {
        producer: teaMaker,
        title: "Chè móc câu Tân Cương",
        handle: "che-moc-cau-tan-cuong",
        productSet: 14,
        variants: [{ title: "Gói 100 g", priceVnd: 60_000, stock: 5 }],
        certificates: [certificate("404/QĐ-UBND", 4, decidedToExpireIn(120)), certificate("405/QĐ-UBND", 3, decidedToExpireIn(-1))],
      })

      // Online: 2 bottles (240.000 ₫) and 1 tea (80.000 ₫) paid on delivery, then 50.000 ₫ refunded.
      const cartId = await createReadyCart(container, store, {
        email: "buyer.reports@example.vn",
        lines: [
          { variantId: fishSauce.variants[0]!.id, quantity: 2 },
          { variantId: tea.variants[0]!.id, quantity: 1 },
        ],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      const orderId: string = (await completeCartWorkflow(container).run({ input: { id: cartId } })).result.id
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      const paymentId = (data[0] as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0]!.payments[0]!.id
      await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
      const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
      await eventually(() => ledger.listLedgerEntries({ order_id: orderId }), (entries) => entries.length === 2)
      expect((await answer(api.post(`/admin/payments/${paymentId}/refund`, { amount: 50_000, note: "Chai vỡ khi giao" }, admin))).status).toBe(200)
      await eventually(() => ledger.listLedgerEntries({ order_id: orderId }), (entries) => entries.length === 4)

      // At the showroom's counter: 2 bottles for 240.000 ₫ cash, then 1 brought back.
      const sign = async (email: string, role: "cashier" | "manager") => {
        await createPosStaff(container, { email, password: `${role}-reports-password`, role, showroomId: store.showroomId })
        const { data: signedIn } = await api.post("/auth/pos_staff/emailpass", { email, password: `${role}-reports-password` })
        return { headers: { authorization: `Bearer ${signedIn.token}` } }
      }
      const cashier = await sign("thu-ngan.reports@test.example.vn", "cashier")
      const manager = await sign("quan-ly.reports@test.example.vn", "manager")
      const shiftId = (await api.post("/pos/shifts", { opening_float: 500_000 }, cashier)).data.shift.id
      const sold = await answer(
        api.post(
          "/pos/sales",
          { shift_id: shiftId, lines: [{ variant_id: fishSauce.variants[0]!.id, quantity: 2 }], payments: [{ method: "cash", amount: 240_000 }] },
          { headers: { ...cashier.headers, "idempotency-key": "reports-counter-sale-1" } },
        ),
      )
      expect(sold.status).toBe(201)
      const returned = await answer(
        api.post(`/pos/sales/${sold.data.sale.id}/returns`, { shift_id: shiftId, reason: "Nắp chai hở", lines: [{ line_id: sold.data.sale.lines[0].id, quantity: 1 }] }, manager),
      )
      expect(returned.status).toBe(201)
      await eventually(() => ledger.listLedgerEntries({ producer_id: fishSauceMaker.id }), (entries) => entries.length === 4)

      // Two entries either side of midnight in Vietnam between 30 June and 1 July 2025.
      const base = { producer_id: fishSauceMaker.id, product_id: fishSauce.id, kind: "sale" as const, channel: "online" as const, order_id: "order_old", order_display_id: null, title: "Nước mắm cốt Hải Hậu", quantity: 1, rate_bps: 1000 }
      await ledger.createLedgerEntries([
        { ...base, key: "order-line:old-june", line_id: "old-june", gross: 100_000, commission: 10_000, net: 90_000, occurred_at: new Date("2025-06-30T16:59:59Z") },
        { ...base, key: "order-line:old-july", line_id: "old-july", gross: 50_000, commission: 5_000, net: 45_000, occurred_at: new Date("2025-06-30T17:00:00Z") },
      ])

      // Waiting for the office: a producer to approve and a transfer that paid nothing.
      await createTestProducer(container, {
        handle: "ho-mat-ong-bac-kan",
        name: "Hộ kinh doanh Mật ong Bắc Kạn",
        kind: "household",
        address_as_issued: "xã Bằng Vân, huyện Ngân Sơn, tỉnh Bắc Kạn",
        province_code: "19",
        status: "pending",
      })
      await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).createBankTransfers({
        service: "sepay",
        transaction_id: "reports-unknown-1",
        amount: 75_000,
        description: "CK mua hang OCOPZZZZ9999",
        received_at: new Date(),
        outcome: "unknown_reference",
      })
    })

    it("puts online and counter sales under their province, industry, star and producer, net of refunds", async () => {
      const period = `from=${today}&to=${today}`
      // Fish sauce: 2 online + 2 at the counter = 4 bottles, 480.000 ₫; refunds 37.500 ₫ (240/320 of 50.000) + 120.000 ₫ (the bottle back).
      const fish = { units: 4, gross: 480_000, refunds: 157_500, net: 322_500, commission: 32_250 }
      // Tea: 1 pack, 80.000 ₫, 12.500 ₫ of the refund.
      const teaFigures = { units: 1, gross: 80_000, refunds: 12_500, net: 67_500, commission: 6_750 }

      const byProvince = await report(`/admin/reports/sales?by=province&${period}`)
      expect(byProvince.status).toBe(200)
      expect(byProvince.data).toMatchObject({ period: { from: today, to: today }, by: "province" })
      expect(byProvince.data.groups).toEqual([
        { key: "37", label: "Ninh Bình", ...fish },
        { key: "19", label: "Thái Nguyên", ...teaFigures },
      ])
      expect(byProvince.data.totals).toEqual({ units: 5, gross: 560_000, refunds: 170_000, net: 390_000, commission: 39_000 })

      const byIndustry = (await report(`/admin/reports/sales?by=industry&${period}`)).data.groups
      expect(group(byIndustry, "I")).toMatchObject(fish)
      expect(group(byIndustry, "II")).toMatchObject(teaFigures)
      const byStar = (await report(`/admin/reports/sales?by=star&${period}`)).data.groups
      expect(byStar).toEqual([
        { key: "4", label: "4 sao", ...fish },
        { key: "5", label: "5 sao", ...teaFigures },
      ])
      const byProducer = (await report(`/admin/reports/sales?by=producer&${period}`)).data.groups
      expect(byProducer).toEqual([
        { key: fishSauceMaker.id, label: "HTX Nước mắm Hải Hậu", ...fish },
        { key: teaMaker.id, label: "HTX Chè Tân Cương", ...teaFigures },
      ])
    })

    it("counts a sale on its Vietnam day: a period leaves out what happened outside it", async () => {
      const july = (await report("/admin/reports/sales?by=producer&from=2025-07-01&to=2025-07-31")).data
      expect(july.groups).toEqual([expect.objectContaining({ key: fishSauceMaker.id, units: 1, gross: 50_000, net: 50_000 })])
      const june30 = (await report("/admin/reports/sales?by=producer&from=2025-06-30&to=2025-06-30")).data
      expect(june30.groups).toEqual([expect.objectContaining({ gross: 100_000 })])
      const lastYear = (await report("/admin/reports/sales?by=province&from=2024-01-01&to=2024-12-31")).data
      expect(lastYear).toMatchObject({ groups: [], totals: { units: 0, gross: 0, net: 0 } })
      // This year holds today's sales and, when today is in 2025, the July entry too; never June 30's of another year.
      const thisYear = (await report("/admin/reports/sales?by=producer&preset=this_year")).data
      expect(thisYear.period).toEqual({ from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` })
      expect(group(thisYear.groups, teaMaker.id)).toMatchObject({ gross: 80_000 })
    })

    it("exports the sales as CSV for Excel: UTF-8 with a BOM, Vietnamese intact, amounts in plain đồng", async () => {
      const exported = await answer(api.get(`/admin/reports/sales/export?by=province&from=${today}&to=${today}`, { ...admin, responseType: "arraybuffer" }))
      expect(exported.status).toBe(200)
      const headers = (exported as unknown as { headers: Record<string, string> }).headers
      expect(headers["content-type"]).toBe("text/csv; charset=utf-8")
      expect(headers["content-disposition"]).toBe(
        `attachment; filename="doanh-so-theo-tinh_${today}_${today}.csv"; filename*=UTF-8''${encodeURIComponent(`doanh-số-theo-tỉnh_${today}_${today}.csv`)}`,
      )
      const bytes = Buffer.from(exported.data as ArrayBuffer)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.subarray(3).toString("utf8")
      expect(text).toBe(text.normalize("NFC"))
      const lines = text.trimEnd().split("\r\n")
      expect(lines[0]).toBe("Từ ngày,Đến ngày,Mã,Tỉnh/thành,Số lượng,Doanh thu (đồng),Hoàn tiền (đồng),Doanh thu thuần (đồng),Hoa hồng (đồng)")
      expect(lines[1]).toBe(`${today},${today},37,Ninh Bình,4,480000,157500,322500,32250`)
      expect(lines.at(-1)).toBe(`${today},${today},,Tổng cộng,5,560000,170000,390000,39000`)

      const byProducer = await answer(api.get(`/admin/reports/sales/export?by=producer&from=${today}&to=${today}`, { ...admin, responseType: "arraybuffer" }))
      expect(Buffer.from(byProducer.data as ArrayBuffer).toString("utf8")).toContain(`,${fishSauceMaker.id},HTX Nước mắm Hải Hậu,4,480000,`)
    })

    it("lists verified certificates expiring within 90 days only, soonest first", async () => {
      const { status, data } = await report("/admin/reports/certificates-expiring")
      expect(status).toBe(200)
      expect(data.within_days).toBe(90)
      expect(data.certificates).toEqual([
        expect.objectContaining({
          decision_number: "303/QĐ-UBND",
          star_rating: 3,
          valid_until: dayFromToday(30),
          days_left: 30,
          renewed: false,
          product: expect.objectContaining({ title: "Mắm tôm Hải Hậu" }),
          producer: { id: fishSauceMaker.id, name: "HTX Nước mắm Hải Hậu" },
        }),
      ])
    })

    it("shows what waits for the office: producers pending approval and transfers to resolve", async () => {
      const { data } = await report("/admin/reports/to-do")
      expect(data.pending_producers).toEqual({
        count: 1,
        producers: [expect.objectContaining({ name: "Hộ kinh doanh Mật ong Bắc Kạn", kind: "household", province_name: "Thái Nguyên" })],
      })
      expect(data.transfers_to_resolve).toMatchObject({ count: 1, transfers: [expect.objectContaining({ amount: 75_000, outcome: "unknown_reference" })] })
    })

    it("gives each showroom's day: its shift, sales, cash and VietQR, returns and net", async () => {
      const { status, data } = await report(`/admin/reports/showroom-days?from=${today}&to=${today}`)
      expect(status).toBe(200)
      expect(data.days).toEqual([
        {
          showroom_id: store.showroomId,
          showroom_name: expect.any(String),
          day: today,
          shifts: 1,
          open_shifts: 1,
          sales_count: 1,
          cash: 240_000,
          vietqr: 0,
          vietqr_pending: 0,
          returns: 120_000,
          net: 120_000,
        },
      ])
      expect((await report(`/admin/reports/showroom-days?from=${dayFromToday(-40)}&to=${dayFromToday(-10)}`)).data.days).toEqual([])
    })

    it("refuses a period that is no period, and an unknown grouping, with a sentence", async () => {
      const cases: [string, RegExp][] = [
        ["/admin/reports/sales?from=2026-02-30&to=2026-03-01", /from is a calendar day written YYYY-MM-DD/],
        ["/admin/reports/sales?from=01/12/2026", /YYYY-MM-DD/],
        ["/admin/reports/sales?from=2026-12-31&to=2026-12-01", /starts \(2026-12-31\) after it ends \(2026-12-01\): swap from and to/],
        ["/admin/reports/sales?by=city", /by is province, industry, star or producer/],
        ["/admin/reports/sales/export?preset=yesterday", /preset is this_month, last_month or this_year/],
        ["/admin/reports/showroom-days?from=2000-01-01&to=2026-01-01", /at most 1830 days/],
      ]
      for (const [path, message] of cases) {
        const refused = await report(path)
        expect([path, refused.status]).toEqual([path, 400])
        expect(refused.data.message).toMatch(message)
      }
      expect((await answer(api.get("/admin/reports/sales"))).status).toBe(401)
    })
  },
})
