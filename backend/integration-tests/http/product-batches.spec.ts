/**
 * Batches (lô) on a real Postgres: a producer records one of its pack's batches and reads it back
 * with its GS1 Digital Link; bad input is a 400 with a sentence; another producer's batch is a 404;
 * the trace page's scans are counted once per opening, and a batch scanned more than
 * SCAN_FLAG_MULTIPLIER times its quantity is flagged on the store route and the operator's list.
 */
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SCAN_FLAG_MULTIPLIER } from "@ocop/domain/batches"
import { createTestProduct, type Headers, producerRegistration, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { answer } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

type Answer = { status: number; data: any }
type Api = { get: (url: string, config?: unknown) => Promise<Answer>; post: (url: string, body?: unknown, config?: unknown) => Promise<Answer> }

const GTIN = "8934588012228"
const OTHER_GTIN = "8934567800129"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
    let nextAddress = 1
    let store: TestStore
    let admin: Headers
    const a = { token: "", productId: "", variantId: "", otherProductsVariantId: "" }
    let bToken = ""

    async function registerAndSignIn(registration: ReturnType<typeof producerRegistration>): Promise<{ token: string; producerId: string }> {
      const registered = await answer(api.post("/producer/registrations", registration, { headers: { "x-forwarded-for": `198.51.100.${nextAddress++}` } }))
      expect(registered.status).toBe(202)
      const { data } = await api.get(`/admin/producers?q=${encodeURIComponent(registration.name)}`, admin)
      const producerId = data.producers[0].id as string
      await api.post(`/admin/producers/${producerId}/approve`, {}, admin)
      const signedIn = await api.post("/auth/producer_member/emailpass", { email: registration.owner.email, password: registration.owner.password })
      return { token: signedIn.data.token, producerId }
    }

    beforeAll(async () => {
      const container = getContainer()
      store = await setUpStore(container)
      admin = await signInOperator(container, api)
      const taiHoan = await registerAndSignIn(producerRegistration())
      const other = await registerAndSignIn(
        producerRegistration(
          { name: "Hộ kinh doanh Lưu Liên Phương", kind: "household", business_registration_number: "0601293847", province_code: "37", commune_code: "14215", address_as_issued: "xã Hải Bắc, huyện Hải Hậu, tỉnh Nam Định" },
          { name: "Lưu Liên Phương", email: "phuong@banh-nhan.vn", password: "banh-nhan-2025" },
        ),
      )
      a.token = taiHoan.token
      bToken = other.token
      const locationId = (await api.get(`/admin/producers/${taiHoan.producerId}`, admin)).data.producer.stock_location.id
      const producer = { id: taiHoan.producerId, handle: "htx-tai-hoan", name: "HTX Tài Hoan", provinceCode: "19", locationId }
      const mienDong = await createTestProduct(container, store, {
        producer,
        title: "Miến dong Tài Hoan",
        handle: "mien-dong-tai-hoan",
        productSet: 7,
        variants: [{ title: "Gói 500 g", priceVnd: 65_000, stock: 40 }],
      })
      const chanh = await createTestProduct(container, store, {
        producer,
        title: "Miến dong ăn liền",
        handle: "mien-dong-an-lien",
        productSet: 7,
        variants: [{ title: "Gói 200 g", priceVnd: 30_000, stock: 10 }],
      })
      const products = container.resolve(Modules.PRODUCT)
      await products.updateProductVariants(mienDong.variants[0]!.id, { ean: GTIN })
      await products.updateProductVariants(chanh.variants[0]!.id, { ean: OTHER_GTIN })
      a.productId = mienDong.id
      a.variantId = mienDong.variants[0]!.id
      a.otherProductsVariantId = chanh.variants[0]!.id
    })

    const batchBody = (overrides: Record<string, unknown> = {}) => ({
      variant_id: a.variantId,
      lot_code: "L2025-11A",
      quantity: 2,
      produced_on: "2025-11-01",
      best_before: "2026-11-01",
      ...overrides,
    })
    const recordBatch = (body: unknown, token = a.token) => answer(api.post(`/producer/products/${a.productId}/batches`, body, bearer(token)))

    it("records a batch of a pack and reads it back with its GS1 Digital Link", async () => {
      const created = await recordBatch(batchBody())
      expect(created.status).toBe(201)
      expect(created.data.batch).toMatchObject({
        lot_code: "L2025-11A",
        quantity: 2,
        produced_on: "2025-11-01",
        best_before: "2026-11-01",
        gtin: GTIN,
        digital_link: `/01/0${GTIN}/10/L2025-11A`,
        scan_count: 0,
        flagged: false,
      })
      const listed = await api.get(`/producer/products/${a.productId}/batches`, bearer(a.token))
      expect(listed.data.batches.map((batch: { id: string }) => batch.id)).toEqual([created.data.batch.id])
      const one = await api.get(`/producer/batches/${created.data.batch.id}`, bearer(a.token))
      expect(one.data.batch).toMatchObject({ id: created.data.batch.id, pack_title: "Gói 500 g", product: { id: a.productId, title: "Miến dong Tài Hoan" } })
    })

    it("refuses bad input with 400 and a sentence, and a second batch of the same lot with 409", async () => {
      for (const [body, message] of [
        [batchBody({ lot_code: "Lô 1" }), /only letters without diacritics/],
        [batchBody({ lot_code: "L".repeat(21) }), /at most 20/],
        [batchBody({ best_before: "2025-10-01" }), /must come after the production date/],
        [batchBody({ produced_on: "2025-02-30" }), /calendar day/],
        [batchBody({ quantity: 0 }), /at least 1/],
        [batchBody({ quantity: 2.5 }), /whole number/],
        [batchBody({ variant_id: a.otherProductsVariantId }), /has no pack/],
      ] as const) {
        const refused = await recordBatch(body)
        expect({ status: refused.status, message: refused.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
      }
      expect((await recordBatch(batchBody())).status).toBe(201)
      const again = await recordBatch(batchBody())
      expect(again.status).toBe(409)
      expect(again.data.code).toBe("batch_exists")
    })

    it("answers another producer's batch with 404, and no session with 401", async () => {
      const { data } = await recordBatch(batchBody())
      const theirs = await answer(api.get(`/producer/batches/${data.batch.id}`, bearer(bToken)))
      expect(theirs.status).toBe(404)
      expect(theirs.data.message).toBe(`This producer has no batch ${data.batch.id}.`)
      expect((await recordBatch(batchBody({ lot_code: "L2" }), bToken)).status).toBe(404)
      expect((await answer(api.get(`/producer/batches/${data.batch.id}`))).status).toBe(401)
    })

    it("counts each opening of the trace page once, and flags a batch scanned more than its limit", async () => {
      await recordBatch(batchBody({ quantity: 1 }))
      const trace = `/store/trace/${GTIN}/batches/L2025-11A`
      const read = await api.get(trace, store.storeHeaders)
      expect(read.data.batch).toMatchObject({ lot_code: "L2025-11A", produced_on: "2025-11-01", best_before: "2026-11-01", product_id: a.productId, scan_count: 0, flagged: false })
      expect((await answer(api.get(`/store/trace/${GTIN}/batches/L404`, store.storeHeaders))).status).toBe(404)
      expect((await answer(api.get(`/store/trace/${OTHER_GTIN}/batches/L2025-11A`, store.storeHeaders))).status).toBe(404)

      const scan = (key: string) => answer(api.post(`${trace}/scans`, { scan_key: key }, store.storeHeaders))
      expect((await scan("opening-0000000001")).data.scan).toEqual({ counted: true, scan_count: 1, flagged: false })
      expect((await scan("opening-0000000001")).data.scan).toEqual({ counted: false, scan_count: 1, flagged: false })
      expect((await scan("short")).status).toBe(400)
      const limit = SCAN_FLAG_MULTIPLIER * 1
      for (let opening = 2; opening <= limit; opening++) await scan(`opening-000000000${opening}`)
      expect((await api.get(trace, store.storeHeaders)).data.batch).toMatchObject({ scan_count: limit, flagged: false })
      expect((await scan("opening-0000000099")).data.scan).toEqual({ counted: true, scan_count: limit + 1, flagged: true })

      const flagged = await api.get("/admin/batches?flagged=true", admin)
      expect(flagged.data.batches).toEqual([expect.objectContaining({ lot_code: "L2025-11A", gtin: GTIN, scan_count: limit + 1, flagged: true })])
      expect((await answer(api.get("/admin/batches?flagged=yes", admin))).status).toBe(400)
      expect((await answer(api.get("/admin/batches?flagged=true"))).status).toBe(401)
    })
  },
})
