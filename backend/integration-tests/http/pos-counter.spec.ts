/**
 * The showroom counter's API on a real Postgres: the guard (no session 401 on every route, read
 * from the route files; another showroom's sale, shift and pack 404; a cashier 403 for a manager's
 * action), the catalogue with the showroom's own stock, a sale's Medusa order in the showroom's
 * channel with its stock out of the showroom's location and each line credited to its producer,
 * its compensation when a step fails, idempotency (a retry and two sends at once record one sale),
 * cash change and VietQR splits, and a shift's report.
 */
import { readdirSync } from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { decodeVietQr } from "@ocop/domain/vietqr"
import { POS_APPROVAL_HEADER } from "../../src/lib/pos-access"
import { BANK_TRANSFER_MODULE } from "../../src/modules/bank-transfer"
import type BankTransferModuleService from "../../src/modules/bank-transfer/service"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { POS_MODULE } from "../../src/modules/pos"
import type PosModuleService from "../../src/modules/pos/service"
import { createShowroomWorkflow } from "../../src/workflows/create-showroom"
import { PRODUCT_SALES_MODULE } from "../../src/modules/product-sales"
import type ProductSalesModuleService from "../../src/modules/product-sales/service"
import { type SignedNotification, sepayNotification } from "../bank-notifications"
import { createPosStaff, createTestProduct, createTestProducer, type Headers, setUpStore, signInOperator, type TestProduct, type TestStore } from "../fixtures"
import { answer, type Api, eventually } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

const POS_API = path.join(__dirname, "..", "..", "src", "api", "pos")
const HTTP_METHODS = ["GET", "POST", "DELETE"] as const

/** Every route of the POS API as Medusa serves it, `[id]` as `:id`. */
async function posRoutes(directory = POS_API): Promise<{ method: string; path: string }[]> {
  const routes: { method: string; path: string }[] = []
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) routes.push(...(await posRoutes(full)))
    else if (/^route\.[jt]s$/.test(entry.name)) {
      const exported = await import(full)
      const routePath = `/pos/${path.relative(POS_API, directory)}`.replace(/\/$/, "").replace(/\[([^\]]+)\]/g, ":$1")
      for (const method of HTTP_METHODS) if (typeof exported[method] === "function") routes.push({ method, path: routePath })
    }
  }
  return routes
}

const BANH_NHAN_GTIN = "8934588012228"
const GAO_GTIN = "8934567800129"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    const bearer = (token: string, extra: Record<string, string> = {}): Headers => ({ headers: { authorization: `Bearer ${token}`, ...extra } })
    const get = (url: string, token?: string) => answer(api.get(url, token ? bearer(token) : undefined))
    const post = (url: string, body: unknown, token?: string, extra: Record<string, string> = {}) => answer(api.post(url, body, token ? bearer(token, extra) : { headers: extra }))

    let store: TestStore
    let banhNhan: TestProduct
    let gao: TestProduct
    let otherShowroomPack: TestProduct
    const staff = { cashier: "", manager: "", otherCashier: "", otherManager: "" }
    const producers = { haiHau: "", gao: "" }
    const producerLocations = { haiHau: "" }
    let otherShowroom = { id: "", channelId: "", locationId: "" }
    let nextKey = 1
    const newKey = () => `sale-key-${Date.now()}-${nextKey++}`

    const pos = () => getContainer().resolve<PosModuleService>(POS_MODULE)
    /** A bank notification posted as the service sends it: the body exactly as signed. */
    const notify = (notification: SignedNotification) =>
      answer(api.post(notification.path, notification.body, { headers: notification.headers, transformRequest: [(body: unknown) => body] }))

    async function createStaff(container: MedusaContainer, email: string, role: "cashier" | "manager", showroomId: string): Promise<string> {
      const password = `${role}-test-password`
      await createPosStaff(container, { email, password, role, showroomId })
      const { data } = await api.post("/auth/pos_staff/emailpass", { email, password })
      return data.token as string
    }

    /** A second showroom with its own channel and location, and a pack only it sells. */
    async function createOtherShowroom(container: MedusaContainer) {
      const { result } = await createShowroomWorkflow(container).run({
        input: {
          handle: "showroom-van-don",
          name: "Cửa hàng OCOP Vân Đồn",
          address_as_issued: "xã Đoàn Kết, huyện Vân Đồn, tỉnh Quảng Ninh",
          province_code: "22",
          commune_code: "06994",
        },
      })
      return { id: result.showroom.id, channelId: result.sales_channel.id, locationId: result.stock_location.id }
    }

    async function stockAt(inventoryItemId: string, locationId: string): Promise<number> {
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
      return Number(level?.stocked_quantity ?? 0)
    }

    async function showroomOrders(): Promise<{ id: string; items: { variant_id: string; quantity: number }[] }[]> {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "items.variant_id", "items.quantity", "items.detail.quantity"], filters: { sales_channel_id: store.showroomChannelId } })
      return data as any
    }

    /** Medusa's own totals of an order, as the Admin shows them. */
    async function orderTotals(orderId: string): Promise<{ total: number; discount_total: number }> {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "total", "discount_total"], filters: { id: orderId } })
      return { total: Number(data[0]?.total), discount_total: Number(data[0]?.discount_total) }
    }

    async function openShift(token: string, openingFloat = 500_000, till?: string): Promise<string> {
      const opened = await post("/pos/shifts", { opening_float: openingFloat, ...(till ? { till } : {}) }, token)
      expect(opened.status).toBe(201)
      return opened.data.shift.id
    }

    /** Two boxes of bánh nhãn (35.000 ₫) and a bag of rice (120.000 ₫): 190.000 ₫. */
    const basket = (shiftId: string) => ({
      shift_id: shiftId,
      lines: [
        { variant_id: banhNhan.variants[0]!.id, quantity: 2 },
        { variant_id: gao.variants[0]!.id, quantity: 1 },
      ],
    })

    beforeAll(async () => {
      const container = getContainer()
      store = await setUpStore(container)
      const haiHau = await createTestProducer(container, {
        handle: "banh-nhan-luu-lien-phuong",
        name: "Hộ kinh doanh Lưu Liên Phương",
        kind: "household",
        address_as_issued: "xã Hải Bắc, huyện Hải Hậu, tỉnh Nam Định",
        province_code: "37",
      })
      const gaoProducer = await createTestProducer(container, {
        handle: "htx-gao-hai-hau",
        name: "HTX Nông nghiệp Hải Hậu",
        kind: "cooperative",
        address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
        province_code: "37",
      })
      producers.haiHau = haiHau.id
      producers.gao = gaoProducer.id
      producerLocations.haiHau = haiHau.locationId
      banhNhan = await createTestProduct(container, store, {
        producer: haiHau,
        title: "Bánh nhãn Tết Vua",
        handle: "banh-nhan-tet-vua",
        productSet: 6,
        variants: [{ title: "Hộp 300 g", priceVnd: 35_000, stock: 30, showroomStock: 6 }],
      })
      gao = await createTestProduct(container, store, {
        producer: gaoProducer,
        title: "Gạo tám Hải Hậu",
        handle: "gao-tam-hai-hau",
        productSet: 1,
        variants: [{ title: "Túi 5 kg", priceVnd: 120_000, stock: 50, showroomStock: 3 }],
      })
      const products = container.resolve(Modules.PRODUCT)
      await products.updateProductVariants(banhNhan.variants[0]!.id, { ean: BANH_NHAN_GTIN })
      await products.updateProductVariants(gao.variants[0]!.id, { ean: GAO_GTIN })

      otherShowroom = await createOtherShowroom(container)
      otherShowroomPack = await createTestProduct(container, store, {
        producer: gaoProducer,
        title: "Nước mắm Vân Đồn",
        handle: "nuoc-mam-van-don",
        productSet: 9,
        variants: [{ title: "Chai 500 ml", priceVnd: 150_000, stock: 10 }],
      })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.PRODUCT]: { product_id: otherShowroomPack.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: otherShowroom.channelId },
      })
      await container.resolve(Modules.INVENTORY).createInventoryLevels([
        { inventory_item_id: otherShowroomPack.variants[0]!.inventoryItemId, location_id: otherShowroom.locationId, stocked_quantity: 4 },
      ])

      staff.cashier = await createStaff(container, "thu-ngan@showroom-hai-hau.vn", "cashier", store.showroomId)
      staff.manager = await createStaff(container, "quan-ly@showroom-hai-hau.vn", "manager", store.showroomId)
      staff.otherCashier = await createStaff(container, "thu-ngan@showroom-van-don.vn", "cashier", otherShowroom.id)
      staff.otherManager = await createStaff(container, "quan-ly@showroom-van-don.vn", "manager", otherShowroom.id)
    })

    describe("the guard", () => {
      it("answers 401 on every POS route without a staff session, or with a token that is not staff's", async () => {
        const routes = await posRoutes()
        expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
          expect.arrayContaining(["GET /pos/catalogue", "POST /pos/sales", "POST /pos/shifts/:id/close", "GET /pos/sales/:id"]),
        )
        for (const route of routes) {
          const url = route.path.replace(/:[a-z_]+/g, "some_id")
          const anonymous = route.method === "GET" ? await get(url) : await post(url, {})
          expect([`${route.method} ${route.path}`, anonymous.status]).toEqual([`${route.method} ${route.path}`, 401])
          const forged = route.method === "GET" ? await get(url, "not-a-token") : await post(url, {}, "not-a-token")
          expect([`${route.method} ${route.path}`, forged.status]).toEqual([`${route.method} ${route.path}`, 401])
        }
      })

      it("tells staff who they are and which showroom they sell for, with the address its receipts print", async () => {
        const me = await get("/pos/me", staff.cashier)
        expect(me.status).toBe(200)
        expect(me.data.staff).toMatchObject({ email: "thu-ngan@showroom-hai-hau.vn", role: "cashier" })
        expect(me.data.showroom).toMatchObject({
          id: store.showroomId,
          sales_channel_id: store.showroomChannelId,
          stock_location_id: store.showroomLocationId,
          address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
          province: { code: "37", name: "Tỉnh Ninh Bình" },
          commune: { code: "14215", name: "Xã Hải Hậu" },
        })
      })

      it("answers 404 to another showroom's staff for this showroom's sales, shifts and stock", async () => {
        const shiftId = await openShift(staff.cashier)
        const sold = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000 }] }, staff.cashier, { "idempotency-key": newKey() })
        expect(sold.status).toBe(201)
        const saleId = sold.data.sale.id

        for (const url of [`/pos/sales/${saleId}`, `/pos/shifts/${shiftId}`, `/pos/catalogue/${banhNhan.variants[0]!.id}`]) {
          const other = await get(url, staff.otherCashier)
          expect([url, other.status]).toEqual([url, 404])
          expect(other.data.message).toMatch(/This showroom (has no|does not sell)/)
          expect((await get(url, staff.cashier)).status).toBe(200)
        }
        // Acting on this showroom's shift from the other showroom is the same 404, and changes nothing.
        expect((await post(`/pos/shifts/${shiftId}/cash-movements`, { kind: "out", amount: 10_000, reason: "thử" }, staff.otherCashier)).status).toBe(404)
        expect((await post(`/pos/shifts/${shiftId}/close`, { counted_cash: 0 }, staff.otherManager)).status).toBe(404)
        const otherShift = await openShift(staff.otherCashier)
        const intoOurs = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000 }] }, staff.otherCashier, { "idempotency-key": newKey() })
        expect(intoOurs.status).toBe(404)
        // Nor can it sell this showroom's packs on its own shift.
        const ourPacks = await post("/pos/sales", { ...basket(otherShift), payments: [{ method: "cash", amount: 190_000 }] }, staff.otherCashier, { "idempotency-key": newKey() })
        expect(ourPacks.status).toBe(400)
        expect(ourPacks.data.message).toMatch(/not sold at this showroom/)
        expect((await get(`/pos/sales?shift_id=${shiftId}`, staff.otherCashier)).data.sales).toEqual([])
        expect((await get(`/pos/shifts/${shiftId}`, staff.cashier)).data.shift.cash_movements).toEqual([])
        expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(4)
      })
    })

    it("lists the showroom's packs with GTIN, producer, industry, price and its own stock, by GTIN and by name without diacritics", async () => {
      const all = await get("/pos/catalogue", staff.cashier)
      expect(all.status).toBe(200)
      expect(all.data.packs.map((pack: { title: string }) => pack.title)).toEqual(["Bánh nhãn Tết Vua", "Gạo tám Hải Hậu"])
      expect(all.data.packs[0]).toMatchObject({
        variant_id: banhNhan.variants[0]!.id,
        gtin: BANH_NHAN_GTIN,
        variant_title: "Hộp 300 g",
        price: 35_000,
        stock: 6,
        producer: { id: producers.haiHau, name: "Hộ kinh doanh Lưu Liên Phương" },
        industry: { code: expect.any(String), name_vi: expect.any(String) },
      })
      const scanned = await get(`/pos/catalogue?gtin=${GAO_GTIN}`, staff.cashier)
      expect(scanned.data.packs).toHaveLength(1)
      expect(scanned.data.packs[0]).toMatchObject({ title: "Gạo tám Hải Hậu", price: 120_000, stock: 3 })
      const typed = await get(`/pos/catalogue?q=${encodeURIComponent("banh nh")}`, staff.cashier)
      expect(typed.data.packs.map((pack: { title: string }) => pack.title)).toEqual(["Bánh nhãn Tết Vua"])
      expect((await get(`/pos/catalogue?q=${encodeURIComponent("nuoc mam")}`, staff.cashier)).data.packs).toEqual([])
      expect((await get("/pos/catalogue", staff.otherCashier)).data.packs.map((pack: { title: string; stock: number }) => [pack.title, pack.stock])).toEqual([["Nước mắm Vân Đồn", 4]])
      const bad = await get("/pos/catalogue?gtin=abc", staff.cashier)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/gtin is the digits under the pack's barcode/)
    })

    it("sells for cash with change: one order in the showroom's channel, stock out of the showroom's location only, each line credited to its producer", async () => {
      const shiftId = await openShift(staff.cashier)
      const before = await stockAt(banhNhan.variants[0]!.inventoryItemId, producerLocations.haiHau)
      const sold = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000, tendered: 500_000 }], customer_phone: "0912 345 678" }, staff.cashier, {
        "idempotency-key": newKey(),
      })
      expect(sold.status).toBe(201)
      const sale = sold.data.sale
      expect(sale).toMatchObject({ status: "completed", subtotal: 190_000, discount_total: 0, total: 190_000, customer_phone: "0912345678", oversold: false })
      expect(sale.lines.map((line: { variant_id: string }) => line.variant_id)).toEqual([banhNhan.variants[0]!.id, gao.variants[0]!.id])
      expect(sale.payments).toEqual([expect.objectContaining({ method: "cash", amount: 190_000, tendered: 500_000, change: 310_000, status: "captured" })])
      const credits = Object.fromEntries(sale.lines.map((line: { producer_id: string; total: number }) => [line.producer_id, line.total]))
      expect(credits).toEqual({ [producers.haiHau]: 70_000, [producers.gao]: 120_000 })

      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(4)
      expect(await stockAt(gao.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(2)
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, producerLocations.haiHau)).toBe(before)
      expect((await get(`/pos/catalogue/${banhNhan.variants[0]!.id}`, staff.cashier)).data.pack.stock).toBe(4)

      const orders = await showroomOrders()
      expect(orders.map((order) => order.id)).toEqual([sale.order_id])
      expect(orders[0]!.items.map((item) => [item.variant_id, Number(item.quantity)]).sort()).toEqual(
        [
          [banhNhan.variants[0]!.id, 2],
          [gao.variants[0]!.id, 1],
        ].sort(),
      )
      expect(await orderTotals(sale.order_id)).toEqual({ total: 190_000, discount_total: 0 })
      // A counter sale counts into the products' "đã bán" as a web order does.
      const counted = await eventually(
        () => getContainer().resolve<ProductSalesModuleService>(PRODUCT_SALES_MODULE).listProductSales({ order_id: sale.order_id }),
        (rows) => rows.length === 2,
      )
      expect(Object.fromEntries(counted.map((row) => [row.product_id, row.quantity]))).toEqual({ [banhNhan.id]: 2, [gao.id]: 1 })
      // The rice's line is owed to its cooperative: the producers' ledger credits it.
      const credited = await eventually(
        () => getContainer().resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ producer_id: producers.gao, order_id: sale.order_id }),
        (entries) => entries.length === 1,
      )
      expect(credited.map((entry) => [entry.kind, entry.channel, entry.gross])).toEqual([["sale", "showroom", 120_000]])
    })

    it("records a sale exactly once per idempotency key: a retry and two sends at once get the same sale, and another sale under the key is refused", async () => {
      const shiftId = await openShift(staff.cashier)
      const body = { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000, tendered: 200_000 }] }
      const key = newKey()
      const first = await post("/pos/sales", body, staff.cashier, { "idempotency-key": key })
      const retry = await post("/pos/sales", { ...body, idempotency_key: key }, staff.cashier)
      expect([first.status, retry.status]).toEqual([201, 200])
      expect(retry.data.sale).toEqual(first.data.sale)

      const together = newKey()
      const [one, two] = await Promise.all([
        post("/pos/sales", body, staff.cashier, { "idempotency-key": together }),
        post("/pos/sales", body, staff.cashier, { "idempotency-key": together }),
      ])
      expect([one.status, two.status].sort()).toEqual([200, 201])
      expect(one.data.sale.id).toBe(two.data.sale.id)

      expect(await pos().listPosSales({ shift_id: shiftId })).toHaveLength(2)
      expect(await showroomOrders()).toHaveLength(2)
      // 6 − 2 × 2 boxes: each key took its packs once.
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(2)

      const swapped = await post("/pos/sales", { ...body, lines: [{ variant_id: gao.variants[0]!.id, quantity: 1 }], payments: [{ method: "cash", amount: 120_000 }] }, staff.cashier, {
        "idempotency-key": key,
      })
      expect(swapped.status).toBe(409)
      expect(swapped.data.code).toBe("pos_idempotency_key_reused")
      const keyless = await post("/pos/sales", body, staff.cashier)
      expect(keyless.status).toBe(400)
      expect(keyless.data.message).toMatch(/idempotency key/)
    })

    it("leaves nothing half-written when a step fails, and the same key succeeds once it works again", async () => {
      const shiftId = await openShift(staff.cashier)
      const key = newKey()
      const body = { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000 }] }
      const failing = jest.spyOn(pos(), "createPosSalePayments").mockRejectedValueOnce(new Error("the disk is full"))
      try {
        const failed = await post("/pos/sales", body, staff.cashier, { "idempotency-key": key })
        expect(failed.status).toBeGreaterThanOrEqual(400)
      } finally {
        failing.mockRestore()
      }
      expect(await showroomOrders()).toEqual([])
      expect(await pos().listPosSales({ idempotency_key: key })).toEqual([])
      expect(await pos().listPosSaleLines({ producer_id: [producers.haiHau, producers.gao] })).toEqual([])
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(6)
      expect(await stockAt(gao.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(3)

      const again = await post("/pos/sales", body, staff.cashier, { "idempotency-key": key })
      expect(again.status).toBe(201)
      expect(await showroomOrders()).toHaveLength(1)
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(4)
    })

    it("needs the manager for a discount beyond the cashier's limit and for selling beyond the showroom's stock (403 with a sentence), and records who approved", async () => {
      const shiftId = await openShift(staff.cashier)
      const generous = { ...basket(shiftId), order_discount: { amount: 40_000, reason: "Khách đoàn" }, payments: [{ method: "cash", amount: 150_000 }] }
      const refused = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": newKey() })
      expect(refused.status).toBe(403)
      expect(refused.data).toMatchObject({ code: "pos_manager_required", message: expect.stringMatching(/^Only a manager may give a discount above the cashier's limit: ask/) })

      // Within the limit (10% of 190.000 ₫), the cashier gives it alone; the order discount is shared among the lines.
      const modest = await post("/pos/sales", { ...generous, order_discount: { amount: 19_000, reason: "Khách quen" }, payments: [{ method: "cash", amount: 171_000 }] }, staff.cashier, {
        "idempotency-key": newKey(),
      })
      expect(modest.status).toBe(201)
      expect(modest.data.sale.lines.reduce((sum: number, line: { total: number }) => sum + line.total, 0)).toBe(171_000)
      expect(modest.data.sale.approved_by).toBeNull()

      // Only a manager gets an approval; a session token, a cashier's or another showroom's manager's approval is none.
      const cashierAsks = await post("/pos/approvals", {}, staff.cashier)
      expect(cashierAsks.status).toBe(403)
      expect(cashierAsks.data).toMatchObject({ code: "pos_manager_required", message: expect.stringMatching(/^Only a manager may approve a sale/) })
      const bySession = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": newKey(), [POS_APPROVAL_HEADER]: staff.manager })
      expect(bySession.status).toBe(403)
      const otherApproval = (await post("/pos/approvals", {}, staff.otherManager)).data.approval.token
      const byOtherManager = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": newKey(), [POS_APPROVAL_HEADER]: otherApproval })
      expect(byOtherManager.status).toBe(403)
      const asked = await post("/pos/approvals", {}, staff.manager)
      expect(asked.status).toBe(201)
      expect(asked.data.approval).toMatchObject({ token: expect.stringMatching(/^pa_/), manager: { name: "quan-ly" } })
      const minutes = (new Date(asked.data.approval.expires_at).getTime() - Date.now()) / 60_000
      expect(minutes).toBeGreaterThan(4)
      expect(minutes).toBeLessThanOrEqual(5)
      const approvalKey = newKey()
      const approved = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": approvalKey, [POS_APPROVAL_HEADER]: asked.data.approval.token })
      expect(approved.status).toBe(201)
      // A retry of the sale it approved gets that sale; another sale with it is refused.
      const retried = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": approvalKey, [POS_APPROVAL_HEADER]: asked.data.approval.token })
      expect([retried.status, retried.data.sale.id]).toEqual([200, approved.data.sale.id])
      const reused = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": newKey(), [POS_APPROVAL_HEADER]: asked.data.approval.token })
      expect(reused.status).toBe(403)
      expect(reused.data).toMatchObject({ code: "pos_approval_used", message: expect.stringMatching(/spent on another sale/) })
      const late = (await post("/pos/approvals", {}, staff.manager)).data.approval.token
      const [lateRow] = await pos().listPosApprovals({ sale_id: null, manager_id: (await get("/pos/me", staff.manager)).data.staff.id })
      await pos().updatePosApprovals({ id: lateRow!.id, expires_at: new Date(Date.now() - 1000) })
      const expired = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": newKey(), [POS_APPROVAL_HEADER]: late })
      expect(expired.status).toBe(403)
      expect(expired.data).toMatchObject({ code: "pos_approval_expired", message: expect.stringMatching(/older than its 5 minutes/) })
      expect(await pos().listPosSales({ shift_id: shiftId })).toHaveLength(2)
      const managerId = (await get("/pos/me", staff.manager)).data.staff.id
      expect(approved.data.sale).toMatchObject({ total: 150_000, discount_total: 40_000, approved_by: managerId })
      expect(await orderTotals(approved.data.sale.order_id)).toEqual({ total: 150_000, discount_total: 40_000 })

      // 2 boxes of bánh nhãn are left at the counter now (6 − 2 − 2).
      const beyond = { shift_id: shiftId, lines: [{ variant_id: banhNhan.variants[0]!.id, quantity: 3 }], payments: [{ method: "cash", amount: 105_000 }] }
      const short = await post("/pos/sales", beyond, staff.cashier, { "idempotency-key": newKey() })
      expect(short.status).toBe(403)
      expect(short.data.message).toMatch(/^Only a manager may sell more than the showroom holds \(Bánh nhãn Tết Vua Hộp 300 g\)/)
      const oversold = await post("/pos/sales", beyond, staff.manager, { "idempotency-key": newKey() })
      expect(oversold.status).toBe(201)
      expect(oversold.data.sale).toMatchObject({ oversold: true, approved_by: managerId })
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(-1)
      expect((await get(`/pos/catalogue/${banhNhan.variants[0]!.id}`, staff.cashier)).data.pack.stock).toBe(-1)

      // The manager may instead type their email and password on the cashier's counter.
      const typed = await post("/pos/approvals", { email: "quan-ly@showroom-hai-hau.vn", password: "manager-test-password" }, staff.cashier)
      expect(typed.status).toBe(201)
      expect(typed.data.approval.manager.id).toBe((await get("/pos/me", staff.manager)).data.staff.id)
      const wrongPassword = await post("/pos/approvals", { email: "quan-ly@showroom-hai-hau.vn", password: "not-the-password" }, staff.cashier)
      const cashiersPassword = await post("/pos/approvals", { email: "thu-ngan@showroom-hai-hau.vn", password: "cashier-test-password" }, staff.cashier)
      const otherShowrooms = await post("/pos/approvals", { email: "quan-ly@showroom-van-don.vn", password: "manager-test-password" }, staff.cashier)
      for (const refusedAsk of [wrongPassword, cashiersPassword, otherShowrooms]) {
        expect(refusedAsk).toMatchObject({ status: 401, data: { code: "pos_not_a_manager", message: expect.stringMatching(/^That is not the email and password of a manager of this showroom/) } })
      }
      expect((await post("/pos/approvals", { email: "quan-ly@showroom-hai-hau.vn" }, staff.cashier)).status).toBe(400)
      const byTyped = await post("/pos/sales", generous, staff.cashier, { "idempotency-key": newKey(), [POS_APPROVAL_HEADER]: typed.data.approval.token })
      expect(byTyped.status).toBe(201)
    })

    it("splits a sale between cash and VietQR, the transfer pending until the bank confirms it, and refuses payments that do not add up", async () => {
      const shiftId = await openShift(staff.cashier)
      const split = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "vietqr", amount: 90_000 }, { method: "cash", amount: 100_000, tendered: 100_000 }] }, staff.cashier, {
        "idempotency-key": newKey(),
      })
      expect(split.status).toBe(201)
      expect(split.data.sale.status).toBe("awaiting_transfer")
      const vietqr = split.data.sale.payments.find((payment: { method: string }) => payment.method === "vietqr")
      expect(vietqr).toMatchObject({ amount: 90_000, status: "pending", reference: expect.stringMatching(/^OCOP[A-Z0-9]{8}$/) })

      const short = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 100_000 }] }, staff.cashier, { "idempotency-key": newKey() })
      expect(short.status).toBe(400)
      expect(short.data).toMatchObject({ code: "pos_payment_mismatch", message: expect.stringMatching(/add up to 100000 ₫ but the sale comes to 190000 ₫/) })
      const tooLittle = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000, tendered: 100_000 }] }, staff.cashier, { "idempotency-key": newKey() })
      expect(tooLittle.status).toBe(400)
      expect(tooLittle.data.message).toMatch(/take 90000 ₫ more/)
      const decimal = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000.5 }] }, staff.cashier, { "idempotency-key": newKey() })
      expect(decimal.status).toBe(400)
      expect(decimal.data.message).toMatch(/whole number of đồng/)
    })

    it("lets a manager refund a sale once: the packs back at the showroom, the order cancelled, the cash out of the open shift's drawer, the producers owed nothing", async () => {
      const shiftId = await openShift(staff.cashier, 500_000)
      const sold = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000 }] }, staff.cashier, { "idempotency-key": newKey() })
      const saleId = sold.data.sale.id
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(4)

      const byCashier = await post(`/pos/sales/${saleId}/refund`, { shift_id: shiftId, reason: "Hàng lỗi" }, staff.cashier)
      expect(byCashier.status).toBe(403)
      expect(byCashier.data.message).toMatch(/^Only a manager may refund a sale/)
      const noReason = await post(`/pos/sales/${saleId}/refund`, { shift_id: shiftId, reason: "" }, staff.manager)
      expect(noReason.status).toBe(400)
      expect((await post(`/pos/sales/${saleId}/refund`, { shift_id: shiftId, reason: "Hàng lỗi" }, staff.otherManager)).status).toBe(404)

      const refunded = await post(`/pos/sales/${saleId}/refund`, { shift_id: shiftId, reason: "Hàng lỗi" }, staff.manager)
      expect(refunded.status).toBe(200)
      expect(refunded.data.sale).toMatchObject({ status: "refunded", refund_reason: "Hàng lỗi" })
      expect(refunded.data.sale.lines.every((line: { refunded_at: string | null }) => line.refunded_at)).toBe(true)
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(6)
      expect(await stockAt(gao.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(3)
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["status"], filters: { id: sold.data.sale.order_id } })
      expect(orders[0]!.status).toBe("canceled")
      expect(await pos().listPosSaleLines({ producer_id: [producers.haiHau, producers.gao], refunded_at: null })).toEqual([])

      const again = await post(`/pos/sales/${saleId}/refund`, { shift_id: shiftId, reason: "Hàng lỗi" }, staff.manager)
      expect(again.status).toBe(409)
      expect(again.data.code).toBe("pos_sale_already_refunded")
      expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(6)
      // The drawer took 190.000 ₫ in and gave it back: the float is what it should hold.
      const report = (await get(`/pos/shifts/${shiftId}`, staff.manager)).data.shift.report
      expect(report).toMatchObject({ cashOut: 190_000, expectedCash: 500_000, byProducer: [] })
    })

    it("keeps one open shift per till, takes cash in and out with a reason, and lets only a manager close it with a report that adds up", async () => {
      const shiftId = await openShift(staff.cashier, 500_000)
      const twice = await post("/pos/shifts", { opening_float: 100_000 }, staff.manager)
      expect(twice.status).toBe(409)
      expect(twice.data.code).toBe("pos_shift_already_open")
      expect((await post("/pos/shifts", { opening_float: 100_000, till: "Quầy 2" }, staff.manager)).status).toBe(201)

      expect((await post(`/pos/shifts/${shiftId}/cash-movements`, { kind: "in", amount: 200_000, reason: "Đổi tiền lẻ" }, staff.cashier)).status).toBe(201)
      expect((await post(`/pos/shifts/${shiftId}/cash-movements`, { kind: "out", amount: 50_000, reason: "Trả tiền điện" }, staff.cashier)).status).toBe(201)
      const noReason = await post(`/pos/shifts/${shiftId}/cash-movements`, { kind: "out", amount: 50_000, reason: " " }, staff.cashier)
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/Say why the cash moves/)

      await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000, tendered: 200_000 }] }, staff.cashier, { "idempotency-key": newKey() })
      await post(
        "/pos/sales",
        { shift_id: shiftId, lines: [{ variant_id: gao.variants[0]!.id, quantity: 1 }], payments: [{ method: "vietqr", amount: 100_000 }, { method: "cash", amount: 20_000 }] },
        staff.cashier,
        { "idempotency-key": newKey() },
      )

      const byCashier = await post(`/pos/shifts/${shiftId}/close`, { counted_cash: 855_000 }, staff.cashier)
      expect(byCashier.status).toBe(403)
      expect(byCashier.data).toMatchObject({ code: "pos_manager_required", message: expect.stringMatching(/^Only a manager may close a shift/) })

      const closed = await post(`/pos/shifts/${shiftId}/close`, { counted_cash: 855_000 }, staff.manager)
      expect(closed.status).toBe(200)
      const report = closed.data.shift.report
      expect(closed.data.shift.status).toBe("closed")
      expect(report).toMatchObject({
        salesCount: 2,
        salesTotal: 310_000,
        byPaymentMethod: { cash: 210_000, vietqr: 100_000 },
        vietqrPending: 100_000,
        openingFloat: 500_000,
        cashIn: 200_000,
        cashOut: 50_000,
        // 500.000 + 210.000 + 200.000 − 50.000
        expectedCash: 860_000,
        countedCash: 855_000,
        difference: -5_000,
      })
      expect(report.byProducer).toEqual([
        { producerId: producers.gao, producerName: "HTX Nông nghiệp Hải Hậu", total: 240_000 },
        { producerId: producers.haiHau, producerName: "Hộ kinh doanh Lưu Liên Phương", total: 70_000 },
      ])

      const afterClose = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "cash", amount: 190_000 }] }, staff.cashier, { "idempotency-key": newKey() })
      expect(afterClose.status).toBe(409)
      expect(afterClose.data.code).toBe("pos_shift_closed")
      const past = await get("/pos/shifts?status=closed", staff.manager)
      expect(past.data.shifts.map((shift: { id: string; report: { difference: number } }) => [shift.id, shift.report.difference])).toEqual([[shiftId, -5_000]])
    })

    describe("a sale's VietQR part", () => {
      async function splitSale(shiftId: string, vietqr = 90_000) {
        const sold = await post("/pos/sales", { ...basket(shiftId), payments: [{ method: "vietqr", amount: vietqr }, { method: "cash", amount: 190_000 - vietqr }] }, staff.cashier, {
          "idempotency-key": newKey(),
        })
        expect(sold.status).toBe(201)
        return sold.data.sale
      }
      const vietqrOf = (sale: { payments: { method: string }[] }) => sale.payments.find((payment) => payment.method === "vietqr") as any

      it("gives the customer-facing display the amount, reference and the VietQR code of the shop's account, on the sale and when read again", async () => {
        const sale = await splitSale(await openShift(staff.cashier))
        const transfer = vietqrOf(sale).bank_transfer
        expect(transfer).toMatchObject({ amount: 90_000, reference: vietqrOf(sale).reference, bank_name: "Vietcombank", account_number: "1023456789" })
        expect(decodeVietQr(transfer.payload)).toMatchObject({ initiation: "dynamic", bin: "970436", accountNumber: "1023456789", amount: 90_000, purpose: vietqrOf(sale).reference })
        const read = await get(`/pos/sales/${sale.id}`, staff.cashier)
        expect(vietqrOf(read.data.sale).bank_transfer).toEqual(transfer)
        // Cash has no code to scan.
        expect(sale.payments.find((payment: { method: string }) => payment.method === "cash").bank_transfer).toBeNull()
      })

      it("is confirmed once by the bank's signed notification of its exact amount: the sale completed, the shift's report no longer pending; a forged one changes nothing", async () => {
        const shiftId = await openShift(staff.cashier)
        const sale = await splitSale(shiftId)
        const reference = vietqrOf(sale).reference
        const good = sepayNotification({ amount: 90_000, content: `${reference} thanh toan` })

        const forged = await notify({ ...good, headers: { ...good.headers, "x-sepay-signature": `sha256=${"0".repeat(64)}` } })
        expect(forged).toMatchObject({ status: 401, data: { code: "invalid_signature" } })
        expect((await get(`/pos/sales/${sale.id}`, staff.cashier)).data.sale.status).toBe("awaiting_transfer")
        expect(await getContainer().resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).listBankTransfers({})).toEqual([])

        expect(await notify(good)).toMatchObject({ status: 200, data: { recorded: true, outcome: "paid" } })
        const paid = (await get(`/pos/sales/${sale.id}`, staff.cashier)).data.sale
        expect(paid.status).toBe("completed")
        expect(vietqrOf(paid)).toMatchObject({ status: "captured", received_at: expect.any(String), bank_transfer: null })
        const [row] = await getContainer().resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).listBankTransfers({})
        expect(row).toMatchObject({ outcome: "paid", pos_sale_id: sale.id, order_id: sale.order_id, reference })

        // The same notification again is recorded once and changes nothing.
        expect(await notify(good)).toMatchObject({ status: 200, data: { recorded: false, outcome: "paid" } })
        expect(await getContainer().resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).listBankTransfers({})).toHaveLength(1)
        // Another transfer with the same reference pays nothing more: the operator's to send back.
        expect(await notify(sepayNotification({ amount: 90_000, content: reference }))).toMatchObject({ data: { outcome: "already_paid" } })
        const report = (await get(`/pos/shifts/${shiftId}`, staff.manager)).data.shift.report
        expect(report).toMatchObject({ vietqrPending: 0, byPaymentMethod: { cash: 100_000, vietqr: 90_000 } })
      })

      it("forgets a notification whose confirmation failed, so the service's retry confirms the part", async () => {
        const sale = await splitSale(await openShift(staff.cashier))
        const good = sepayNotification({ amount: 90_000, content: vietqrOf(sale).reference })
        const failing = jest.spyOn(pos(), "updatePosSalePayments").mockRejectedValueOnce(new Error("the disk is full"))
        try {
          expect((await notify(good)).status).toBeGreaterThanOrEqual(500)
        } finally {
          failing.mockRestore()
        }
        expect(await getContainer().resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).listBankTransfers({})).toEqual([])
        expect((await get(`/pos/sales/${sale.id}`, staff.cashier)).data.sale.status).toBe("awaiting_transfer")
        expect(await notify(good)).toMatchObject({ status: 200, data: { recorded: true, outcome: "paid" } })
        expect((await get(`/pos/sales/${sale.id}`, staff.cashier)).data.sale.status).toBe("completed")
      })

      it("waits for the operator when the amount is wrong or the sale was refunded, as a web order's transfer does", async () => {
        const shiftId = await openShift(staff.cashier)
        const sale = await splitSale(shiftId)
        expect(await notify(sepayNotification({ amount: 80_000, content: vietqrOf(sale).reference }))).toMatchObject({ status: 200, data: { outcome: "amount_mismatch" } })
        expect((await get(`/pos/sales/${sale.id}`, staff.cashier)).data.sale).toMatchObject({ status: "awaiting_transfer" })

        const refundedSale = await splitSale(shiftId, 50_000)
        // Only the cash it brought in goes back from the drawer: the transfer never arrived.
        const refunded = await post(`/pos/sales/${refundedSale.id}/refund`, { shift_id: shiftId, reason: "Khách đổi ý" }, staff.manager)
        expect(refunded.data.sale).toMatchObject({ status: "refunded", returned_total: 140_000 })
        expect(await notify(sepayNotification({ amount: 50_000, content: vietqrOf(refundedSale).reference }))).toMatchObject({ status: 200, data: { outcome: "order_canceled" } })
        expect((await get(`/pos/sales/${refundedSale.id}`, staff.cashier)).data.sale.status).toBe("refunded")
        const waiting = (await api.get("/admin/bank-transfers", await signInOperator(getContainer(), api, "operator-1@test.example.vn"))).data.bank_transfers.map((row: { outcome: string; pos_sale_id: string }) => [row.outcome, row.pos_sale_id])
        expect(waiting.sort()).toEqual([["amount_mismatch", sale.id], ["order_canceled", refundedSale.id]].sort())

        // A transfer whose description lost the reference is matched by hand to the sale's order.
        expect(await notify(sepayNotification({ amount: 90_000, content: "chuyen tien mua banh" }))).toMatchObject({ data: { outcome: "unknown_reference" } })
        const operator = await signInOperator(getContainer(), api, "operator-2@test.example.vn")
        const rows = (await api.get("/admin/bank-transfers", operator)).data.bank_transfers as { id: string; outcome: string; amount: number }[]
        const short = rows.find((row) => row.outcome === "amount_mismatch")!
        const refusedMatch = await answer(api.post(`/admin/bank-transfers/${short.id}/resolve`, { resolution: "matched", order_id: sale.order_id }, operator))
        expect(refusedMatch.status).toBe(400)
        expect(refusedMatch.data.message).toMatch(/brought 80000 ₫ and the order is 90000 ₫/)
        const lost = rows.find((row) => row.outcome === "unknown_reference")!
        const matched = await answer(api.post(`/admin/bank-transfers/${lost.id}/resolve`, { resolution: "matched", order_id: sale.order_id }, operator))
        expect(matched.status).toBe(200)
        expect(matched.data.bank_transfer).toMatchObject({ pos_sale_id: sale.id, order_id: sale.order_id, resolved_at: expect.any(String) })
        expect((await get(`/pos/sales/${sale.id}`, staff.cashier)).data.sale).toMatchObject({ status: "completed" })
      })
    })

    describe("returning part of a sale", () => {
      /** The basket with a 19.000 ₫ order discount: the boxes' line comes to 63.000 ₫ (31.500 ₫ a box), the rice 108.000 ₫. */
      async function discountedSale(shiftId: string) {
        const sold = await post("/pos/sales", { ...basket(shiftId), order_discount: { amount: 19_000, reason: "Khách quen" }, payments: [{ method: "cash", amount: 171_000 }] }, staff.cashier, {
          "idempotency-key": newKey(),
        })
        expect(sold.status).toBe(201)
        return sold.data.sale
      }

      it("takes packs back at their price after discounts, paid out of the open shift's drawer, the stock back at the showroom and the producer owed that much less; more than is left is 409", async () => {
        const shiftId = await openShift(staff.cashier, 500_000)
        const sale = await discountedSale(shiftId)
        const boxes = sale.lines.find((line: { variant_id: string }) => line.variant_id === banhNhan.variants[0]!.id)
        expect(boxes.total).toBe(63_000)

        const byCashier = await post(`/pos/sales/${sale.id}/returns`, { shift_id: shiftId, reason: "Hộp móp", lines: [{ line_id: boxes.id, quantity: 1 }] }, staff.cashier)
        expect(byCashier.status).toBe(403)
        expect(byCashier.data.message).toMatch(/^Only a manager may take packs back/)
        const fromOther = await post(`/pos/sales/${sale.id}/returns`, { shift_id: shiftId, reason: "Hộp móp", lines: [{ line_id: boxes.id, quantity: 1 }] }, staff.otherManager)
        expect(fromOther.status).toBe(404)
        const unnamed = await post(`/pos/sales/${sale.id}/returns`, { shift_id: shiftId, reason: "Hộp móp", lines: [{ quantity: 1 }] }, staff.manager)
        expect(unnamed.status).toBe(400)
        expect(unnamed.data.message).toMatch(/line_id\) or its pack \(variant_id\)/)

        const returned = await post(`/pos/sales/${sale.id}/returns`, { shift_id: shiftId, reason: "Hộp móp", lines: [{ line_id: boxes.id, quantity: 1 }] }, staff.manager)
        expect(returned.status).toBe(201)
        expect(returned.data.return).toMatchObject({ amount: 31_500, reason: "Hộp móp", lines: [{ line_id: boxes.id, quantity: 1, amount: 31_500 }] })
        expect(returned.data.sale).toMatchObject({ status: "completed", returned_total: 31_500 })
        expect(returned.data.sale.lines.find((line: { id: string }) => line.id === boxes.id)).toMatchObject({ returned_quantity: 1, returned_amount: 31_500 })
        expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(5)
        const report = (await get(`/pos/shifts/${shiftId}`, staff.manager)).data.shift.report
        expect(report).toMatchObject({ cashOut: 31_500, expectedCash: 500_000 + 171_000 - 31_500 })
        expect(report.byProducer).toEqual([
          { producerId: producers.gao, producerName: "HTX Nông nghiệp Hải Hậu", total: 108_000 },
          { producerId: producers.haiHau, producerName: "Hộ kinh doanh Lưu Liên Phương", total: 31_500 },
        ])

        const tooMany = await post(`/pos/sales/${sale.id}/returns`, { shift_id: shiftId, reason: "Hộp móp", lines: [{ variant_id: banhNhan.variants[0]!.id, quantity: 2 }] }, staff.manager)
        expect(tooMany.status).toBe(409)
        expect(tooMany.data).toMatchObject({ code: "pos_return_exceeds_sale", message: expect.stringMatching(/^Only 1 of line 1 of the return is left/) })
        expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(5)

        // The refund takes back what is left, and pays back what is left of the sale's cash.
        const refunded = await post(`/pos/sales/${sale.id}/refund`, { shift_id: shiftId, reason: "Khách trả hết" }, staff.manager)
        expect(refunded.status).toBe(200)
        expect(refunded.data.sale).toMatchObject({ status: "refunded", returned_total: 171_000 })
        expect(await stockAt(banhNhan.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(6)
        expect(await stockAt(gao.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(3)
        expect((await get(`/pos/shifts/${shiftId}`, staff.manager)).data.shift.report).toMatchObject({ cashOut: 171_000, expectedCash: 500_000, byProducer: [] })
        const afterRefund = await post(`/pos/sales/${sale.id}/returns`, { shift_id: shiftId, reason: "lại", lines: [{ line_id: boxes.id, quantity: 1 }] }, staff.manager)
        expect(afterRefund).toMatchObject({ status: 409, data: { code: "pos_sale_already_refunded" } })
      })

      it("leaves the stock, the drawer and the lines as they were when a step fails", async () => {
        const shiftId = await openShift(staff.cashier)
        const sale = await discountedSale(shiftId)
        const failing = jest.spyOn(pos(), "createPosReturns").mockRejectedValueOnce(new Error("the disk is full"))
        try {
          const failed = await post(`/pos/sales/${sale.id}/returns`, { shift_id: shiftId, reason: "Hộp móp", lines: [{ variant_id: gao.variants[0]!.id, quantity: 1 }] }, staff.manager)
          expect(failed.status).toBeGreaterThanOrEqual(400)
        } finally {
          failing.mockRestore()
        }
        expect(await stockAt(gao.variants[0]!.inventoryItemId, store.showroomLocationId)).toBe(2)
        const read = (await get(`/pos/sales/${sale.id}`, staff.manager)).data.sale
        expect(read).toMatchObject({ returned_total: 0, returns: [] })
        expect(read.lines.map((line: { returned_quantity: number }) => line.returned_quantity)).toEqual([0, 0])
        expect((await get(`/pos/shifts/${shiftId}`, staff.manager)).data.shift.cash_movements).toEqual([])
      })
    })

    it("finds the shop's customer by phone in any form, answering the name and a masked email, and puts a sale with that phone on their account", async () => {
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "nguyen.thi.hoa@example.vn", first_name: "Hoa", last_name: "Nguyễn Thị", phone: "0987654321", has_account: true })
      const found = await get(`/pos/customers?phone=${encodeURIComponent("+84 987 654 321")}`, staff.cashier)
      expect(found.status).toBe(200)
      expect(found.data.customer).toEqual({ id: customer.id, name: "Nguyễn Thị Hoa", masked_email: "n***@example.vn", phone: "0987654321" })
      const unknown = await get("/pos/customers?phone=0911111111", staff.cashier)
      expect(unknown).toMatchObject({ status: 404, data: { code: "customer_not_found", message: expect.stringMatching(/^No customer of the shop has the phone 0911111111/) } })
      const bad = await get("/pos/customers?phone=12345", staff.cashier)
      expect(bad).toMatchObject({ status: 400, data: { code: "invalid_phone" } })
      expect((await get("/pos/customers", staff.cashier)).status).toBe(400)

      const sold = await post("/pos/sales", { ...basket(await openShift(staff.cashier)), customer_phone: "0987 654 321", payments: [{ method: "cash", amount: 190_000 }] }, staff.cashier, {
        "idempotency-key": newKey(),
      })
      expect(sold.data.sale).toMatchObject({ customer_phone: "0987654321", customer_id: customer.id })
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["customer_id", "email"], filters: { id: sold.data.sale.order_id } })
      expect(orders[0]).toMatchObject({ customer_id: customer.id, email: "nguyen.thi.hoa@example.vn" })
      // A phone no customer has is kept on the sale, with no account.
      const anonymous = await post("/pos/sales", { ...basket(await openShift(staff.cashier, 0, "Quầy 2")), customer_phone: "0911111111", payments: [{ method: "cash", amount: 190_000 }] }, staff.cashier, {
        "idempotency-key": newKey(),
      })
      expect(anonymous.data.sale).toMatchObject({ customer_phone: "0911111111", customer_id: null })
    })

    it("shows the manager the packs sold beyond the showroom's stock and by how much; a cashier 403, another showroom sees only its own", async () => {
      const shiftId = await openShift(staff.manager)
      expect((await get("/pos/stock/negative", staff.manager)).data).toEqual({ packs: [], count: 0 })
      const oversold = await post("/pos/sales", { shift_id: shiftId, lines: [{ variant_id: banhNhan.variants[0]!.id, quantity: 8 }], payments: [{ method: "cash", amount: 280_000 }] }, staff.manager, {
        "idempotency-key": newKey(),
      })
      expect(oversold.status).toBe(201)
      const negative = await get("/pos/stock/negative", staff.manager)
      expect(negative.status).toBe(200)
      expect(negative.data.packs).toEqual([
        expect.objectContaining({ variant_id: banhNhan.variants[0]!.id, title: "Bánh nhãn Tết Vua", variant_title: "Hộp 300 g", gtin: BANH_NHAN_GTIN, stock: -2, short_by: 2 }),
      ])
      const byCashier = await get("/pos/stock/negative", staff.cashier)
      expect(byCashier).toMatchObject({ status: 403, data: { code: "pos_manager_required", message: expect.stringMatching(/^Only a manager may see the packs sold beyond stock/) } })
      expect((await get("/pos/stock/negative", staff.otherManager)).data.packs).toEqual([])
    })

    it("records a cashier's sale made offline beyond the stock, as oversold and with when it was made, which the manager then sees below 0; online the same sale needs the manager", async () => {
      const shiftId = await openShift(staff.cashier, 500_000, "Quầy 2")
      const [pack] = (await get(`/pos/catalogue?gtin=${BANH_NHAN_GTIN}`, staff.cashier)).data.packs
      const quantity = Math.max(0, pack.stock) + 2
      const body = { shift_id: shiftId, lines: [{ variant_id: pack.variant_id, quantity }], payments: [{ method: "cash", amount: quantity * pack.price }] }

      const online = await post("/pos/sales", body, staff.cashier, { "idempotency-key": newKey() })
      expect(online).toMatchObject({ status: 403, data: { code: "pos_manager_required" } })

      const soldAt = new Date(Date.now() - 20 * 60_000).toISOString()
      const key = newKey()
      const offline = await post("/pos/sales", { ...body, sold_offline_at: soldAt }, staff.cashier, { "idempotency-key": key })
      expect(offline.status).toBe(201)
      expect(offline.data.sale).toMatchObject({ oversold: true, approved_by: null })
      expect(new Date(offline.data.sale.sold_offline_at).toISOString()).toBe(soldAt)
      // The device's retry is the same sale, its time included; another time under the key is another sale.
      expect((await post("/pos/sales", { ...body, sold_offline_at: soldAt }, staff.cashier, { "idempotency-key": key })).status).toBe(200)
      expect((await post("/pos/sales", { ...body, sold_offline_at: new Date().toISOString() }, staff.cashier, { "idempotency-key": key })).data.code).toBe("pos_idempotency_key_reused")

      const negative = (await get("/pos/stock/negative", staff.manager)).data.packs
      expect(negative).toEqual([expect.objectContaining({ variant_id: pack.variant_id, stock: pack.stock - quantity })])

      for (const [soldOfflineAt, refusal] of [
        [new Date(Date.now() + 60 * 60_000).toISOString(), /in the future: check the counter's clock/],
        [new Date(Date.now() - 40 * 24 * 3600_000).toISOString(), /more than 30 days ago/],
        ["gestern", /ISO date and time/],
      ] as const) {
        const refused = await post("/pos/sales", { ...body, sold_offline_at: soldOfflineAt }, staff.cashier, { "idempotency-key": newKey() })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(refusal)
      }
    })
  },
})
