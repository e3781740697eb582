/**
 * The producers' ledger on a real Postgres: the commission rules (a producer's own rate, then its
 * industry's, then the default), a web order's lines credited once its payment is captured and not
 * before, each producer reading only its own ledger, a settlement paid by VietQR into the producer's
 * account, a refund after it carried into the next period, a counter sale and its return, and the
 * migration script that gives entries recorded before they kept their product that product.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { decodeVietQr } from "@ocop/domain/vietqr"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import keepLedgerEntryProducts from "../../src/migration-scripts/ocop-ledger-entry-products"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { recordLedgerEntriesWorkflow } from "../../src/workflows/record-ledger-entries"
import { createPosStaff, createReadyCart, createTestPack, type Headers, registeredSeller, type Seller, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { answer, type Api, eventually } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

const VIETCOMBANK = "970436"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let store: TestStore
    let admin: Headers
    let rice: Seller
    let cakes: Seller

    const ledger = () => getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
    const entriesOf = (producerId: string) => ledger().listLedgerEntries({ producer_id: producerId }, { order: { occurred_at: "ASC", key: "ASC" } })
    const setRate = (body: unknown) => answer(api.post("/admin/commission-rates", body, admin))
    const settle = (producerId: string, periodEnd = todayInVietnam()) => answer(api.post(`/admin/ledger/${producerId}/settlements`, { period_end: periodEnd }, admin))

    /** The rules every test reads: 10 % by default, 7 % for industry I (food), 5 % for the rice's producer. */
    async function setRates() {
      for (const body of [
        { scope: "default", rate_percent: 10 },
        { scope: "industry", scope_id: "I", rate_percent: 7 },
        { scope: "producer", scope_id: rice.producerId, rate_percent: 5 },
      ]) {
        expect((await setRate(body)).status).toBe(200)
      }
    }

    // Each test starts from the database as beforeAll left it (the runner restores it), so each sets what it reads.
    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api, "ledger.operator@test.example.vn")
      // Rice is in product set 3 (industry I, food), the cakes' drink in set 14 (industry II).
      rice = await registeredSeller(api, store, admin, { name: "HTX Gạo Hải Hậu", email: "lan@gao-hai-hau.vn", title: "Gạo tám xoan Hải Hậu", sku: "GTX-5", gtin: "8934588012228", price: 150_000, productSet: 3 })
      cakes = await registeredSeller(api, store, admin, { name: "HTX Trà sen Hải Hậu", email: "phuong@tra-sen.vn", title: "Trà sen Hải Hậu", sku: "TS-1", gtin: "8934588012235", price: 60_000, productSet: 14 })
    })

    it("takes a commission rate as a percentage per scope, and refuses one that is not", async () => {
      expect((await setRate({ scope: "producer", scope_id: rice.producerId, rate_percent: 6 })).status).toBe(200)
      await setRates()
      // Set again, the producer's rate replaces the one before rather than adding a second.
      const replaced = await setRate({ scope: "producer", scope_id: rice.producerId, rate_percent: 5 })
      expect(replaced.data.commission_rate).toMatchObject({ scope: "producer", scope_id: rice.producerId, rate_bps: 500 })

      const tooHigh = await setRate({ scope: "default", rate_percent: 101 })
      expect(tooHigh.status).toBe(400)
      expect(tooHigh.data).toMatchObject({ code: ERROR_CODES.invalidCommissionRate, message: expect.stringMatching(/percentage from 0 to 100/) })
      const noIndustry = await setRate({ scope: "industry", scope_id: "VII", rate_percent: 5 })
      expect(noIndustry.status).toBe(404)
      expect(noIndustry.data.message).toMatch(/No industry has the code VII: the codes are I to VI/)
      const defaultWithId = await setRate({ scope: "default", scope_id: "I", rate_percent: 5 })
      expect(defaultWithId.status).toBe(400)
      expect(defaultWithId.data.message).toMatch(/The default rate has no scope_id/)

      const { data } = await api.get("/admin/commission-rates", admin)
      expect(data.commission_rates.map((rate: { scope: string; rate_bps: number }) => [rate.scope, rate.rate_bps]).sort()).toEqual([
        ["default", 1000],
        ["industry", 700],
        ["producer", 500],
      ])
    })

    it("credits a web order's lines once paid, shows each producer its own, settles by VietQR and carries a later refund over", async () => {
      const container = getContainer()
      await setRates()
      const cartId = await createReadyCart(container, store, {
        email: "buyer.ledger@example.vn",
        lines: [
          { variantId: rice.variantId, quantity: 2 },
          { variantId: cakes.variantId, quantity: 3 },
        ],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      const orderId: string = (await completeCartWorkflow(container).run({ input: { id: cartId } })).result.id
      // Placed, not yet paid: cash on delivery is owed to no one until it is collected.
      await recordLedgerEntriesWorkflow(container).run({ input: { order_id: orderId } })
      expect(await ledger().listLedgerEntries({ order_id: orderId })).toHaveLength(0)

      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      const paymentId = (data[0] as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0]!.payments[0]!.id
      await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })

      const [riceLine] = await eventually(() => entriesOf(rice.producerId), (entries) => entries.length === 1)
      expect(riceLine).toMatchObject({ kind: "sale", channel: "online", order_id: orderId, quantity: 2, gross: 300_000, rate_bps: 500, commission: 15_000, net: 285_000 })
      const [cakesLine] = await eventually(() => entriesOf(cakes.producerId), (entries) => entries.length === 1)
      // The drink's industry (II) has no rate of its own: the default's 10 %.
      expect(cakesLine).toMatchObject({ kind: "sale", quantity: 3, gross: 180_000, rate_bps: 1000, commission: 18_000, net: 162_000 })

      await recordLedgerEntriesWorkflow(container).run({ input: { order_id: orderId } })
      expect(await ledger().listLedgerEntries({ order_id: orderId })).toHaveLength(2)

      // Each producer reads its own ledger only.
      const ownAnswer = await answer(api.get("/producer/ledger", rice.member))
      expect(ownAnswer.data.message).toBeUndefined()
      const own = ownAnswer.data
      expect(own.summary).toMatchObject({ sales: 300_000, refunds: 0, commission: 15_000, settled: 0, due: 285_000 })
      expect(own.entries.map((entry: { producer_id: string }) => entry.producer_id)).toEqual([rice.producerId])
      const theirs = (await api.get("/producer/ledger", cakes.member)).data
      expect(theirs.summary.due).toBe(162_000)
      expect(theirs.entries.map((entry: { gross: number }) => entry.gross)).toEqual([180_000])
      expect((await answer(api.get("/producer/ledger"))).status).toBe(401)

      // Settled into the producer's bank account by VietQR, once.
      const noAccount = await settle(rice.producerId)
      expect(noAccount.status).toBe(400)
      expect(noAccount.data).toMatchObject({ code: ERROR_CODES.noBankAccount, message: expect.stringMatching(/^HTX Gạo Hải Hậu has no bank account to be paid into/) })
      const badBin = await answer(api.post(`/admin/producers/${rice.producerId}`, { bank_bin: "9704" }, admin))
      expect(badBin.status).toBe(400)
      expect(badBin.data.message).toMatch(/NAPAS BIN is 6 digits/)
      const account = { bank_bin: VIETCOMBANK, bank_account_number: "0011004123456", bank_account_name: "HTX GẠO HẢI HẬU" }
      expect((await answer(api.post(`/admin/producers/${rice.producerId}`, account, admin))).status).toBe(200)

      const future = await settle(rice.producerId, "2099-01-01")
      expect(future.status).toBe(400)
      expect(future.data.message).toMatch(/not a day still to come/)

      const settled = await settle(rice.producerId)
      expect(settled.data.message).toBeUndefined()
      expect(settled.status).toBe(201)
      const { settlement } = settled.data
      expect(settlement).toMatchObject({ producer_id: rice.producerId, amount: 285_000, bank_bin: VIETCOMBANK, bank_account_number: "0011004123456" })
      expect(settlement.transfer_purpose).toMatch(/^OCOP TT \d{6}$/)
      expect(decodeVietQr(settlement.vietqr_payload)).toMatchObject({
        initiation: "dynamic",
        bin: VIETCOMBANK,
        accountNumber: "0011004123456",
        amount: 285_000,
        purpose: settlement.transfer_purpose,
      })

      const again = await settle(rice.producerId)
      expect(again.status).toBe(400)
      expect(again.data).toMatchObject({ code: ERROR_CODES.nothingToSettle, message: expect.stringMatching(/no unsettled sale/) })
      const afterSettling = (await api.get("/producer/ledger", rice.member)).data
      expect(afterSettling.summary).toMatchObject({ settled: 285_000, due: 0 })
      expect(afterSettling.settlements).toEqual([expect.objectContaining({ id: settlement.id, amount: 285_000 })])

      // A refund after the settlement is shared over the order's lines and carried into the next period.
      const refunded = await answer(api.post(`/admin/payments/${paymentId}/refund`, { amount: 90_000, note: "Trả 1 phần, phiếu chi PC-0031" }, admin))
      expect(refunded.status).toBe(200)
      // 90.000 ₫ over the lines' 480.000 ₫: rice 300/480 of it, the tea 180/480, each less its own commission back.
      const riceEntries = await eventually(() => entriesOf(rice.producerId), (entries) => entries.length === 2)
      expect(riceEntries[1]).toMatchObject({ kind: "refund", gross: -56_250, rate_bps: 500, commission: -2_813, net: -53_437, settlement_id: null })
      const cakesEntries = await eventually(() => entriesOf(cakes.producerId), (entries) => entries.length === 2)
      expect(cakesEntries[1]).toMatchObject({ kind: "refund", gross: -33_750, commission: -3_375, net: -30_375 })

      const owed = await settle(rice.producerId)
      expect(owed.status).toBe(400)
      expect(owed.data.message).toMatch(/owes 53437 ₫ from refunds after its last settlement; it is carried into the next period/)
      expect((await api.get("/producer/ledger", rice.member)).data.summary).toMatchObject({ sales: 300_000, refunds: 56_250, settled: 285_000, due: -53_437 })

      // Entries recorded before each kept its product get it from their order line when db:migrate runs the script.
      await ledger().updateLedgerEntries(riceEntries.map((entry) => ({ id: entry.id, product_id: null })))
      await keepLedgerEntryProducts({ container: getContainer() })
      expect((await entriesOf(rice.producerId)).map((entry) => entry.product_id)).toEqual([rice.productId, rice.productId])
    })

    it("credits a counter sale's lines at the sale, and takes a return back", async () => {
      const container = getContainer()
      await setRates()
      const pack = await createTestPack(container, store, "ledger-counter", 120_000, 5, { showroomStock: 5, gtin: "8934567800129" })
      const sign = async (email: string, role: "cashier" | "manager") => {
        await createPosStaff(container, { email, password: `${role}-ledger-password`, role, showroomId: store.showroomId })
        const { data } = await api.post("/auth/pos_staff/emailpass", { email, password: `${role}-ledger-password` })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      const cashier = await sign("thu-ngan.ledger@test.example.vn", "cashier")
      const manager = await sign("quan-ly.ledger@test.example.vn", "manager")
      const shiftId = (await api.post("/pos/shifts", { opening_float: 500_000 }, cashier)).data.shift.id
      const sold = await answer(
        api.post("/pos/sales", { shift_id: shiftId, lines: [{ variant_id: pack.variantId, quantity: 2 }], payments: [{ method: "cash", amount: 240_000 }] }, {
          headers: { ...cashier.headers, "idempotency-key": "ledger-counter-sale-1" },
        }),
      )
      expect(sold.status).toBe(201)
      // The pack's product set (1) is food: industry I's 7 %.
      const [line] = await eventually(() => entriesOf(pack.producerId), (entries) => entries.length === 1)
      expect(line).toMatchObject({ kind: "sale", channel: "showroom", quantity: 2, gross: 240_000, rate_bps: 700, commission: 16_800, net: 223_200 })

      const saleLine = sold.data.sale.lines[0]
      const returned = await answer(api.post(`/pos/sales/${sold.data.sale.id}/returns`, { shift_id: shiftId, reason: "Bao rách", lines: [{ line_id: saleLine.id, quantity: 1 }] }, manager))
      expect(returned.status).toBe(201)
      const entries = await eventually(() => entriesOf(pack.producerId), (all) => all.length === 2)
      expect(entries[1]).toMatchObject({ kind: "refund", channel: "showroom", quantity: 1, gross: -120_000, commission: -8_400, net: -111_600 })

      const { data } = await api.get("/admin/ledger", admin)
      expect(data.balances).toEqual([
        expect.objectContaining({ producer_id: pack.producerId, sales: 240_000, refunds: 120_000, due: 111_600, producer: expect.objectContaining({ name: "HTX ledger-counter" }) }),
      ])
      const detail = (await api.get(`/admin/ledger/${pack.producerId}?limit=1`, admin)).data
      expect(detail).toMatchObject({ count: 2, limit: 1, summary: { due: 111_600 } })
      expect(detail.entries).toHaveLength(1)
      expect((await answer(api.get("/admin/ledger/pdr_nobody", admin))).status).toBe(404)

      // And a counter sale's from the sale's line.
      await ledger().updateLedgerEntries(entries.map((entry) => ({ id: entry.id, product_id: null })))
      await keepLedgerEntryProducts({ container })
      expect((await entriesOf(pack.producerId)).map((entry) => entry.product_id)).toEqual([pack.productId, pack.productId])
    })
  },
})
