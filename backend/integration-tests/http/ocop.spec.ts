import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { presentOcopProduct } from "@ocop/domain/product"
import { type Headers, MIEN_DONG_CERTIFICATE, OCOP_STORE_FIELDS, setUpStore, signInOperator, type TestStore } from "../fixtures"

jest.setTimeout(120 * 1000)

/** The error a person sees: the status and Medusa's message. */
async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (error: any) {
    return { status: error.response?.status, message: error.response?.data?.message as string }
  }
  throw new Error("The request was expected to fail but succeeded.")
}

const taiHoan = {
  handle: "htx-tai-hoan",
  name: "HTX Tài Hoan",
  kind: "cooperative",
  status: "approved",
  address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
  province_code: "19",
  commune_code: "02185",
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: TestStore & { adminHeaders: Headers }

    // Once: the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      const setup = await setUpStore(getContainer())
      store = { ...setup, adminHeaders: await signInOperator(getContainer(), api) }
    })

    const createProducer = async (overrides: Record<string, unknown> = {}) =>
      (await api.post("/admin/producers", { ...taiHoan, ...overrides }, store.adminHeaders)).data

    const createProduct = async (body: Record<string, unknown>) =>
      (
        await api.post(
          "/admin/products",
          {
            title: "Miến dong Tài Hoan",
            handle: "mien-dong-tai-hoan",
            options: [{ title: "Quy cách", values: ["Gói 500 g"] }],
            variants: [
              { title: "Gói 500 g", options: { "Quy cách": "Gói 500 g" }, prices: [{ amount: 65000, currency_code: "vnd" }] },
            ],
            sales_channels: [{ id: store.webChannelId }],
            ...body,
          },
          store.adminHeaders
        )
      ).data.product

    const certificate = (overrides: Record<string, unknown> = {}) => ({
      ...MIEN_DONG_CERTIFICATE,
      product_set_id: store.productSetId(7),
      verified: true,
      ...overrides,
    })

    describe("product sets (Decision 148)", () => {
      it("lists the 26 product sets with their 6 industries and fetches one by handle", async () => {
        const { data } = await api.get("/store/product-sets", store.storeHeaders)
        expect(data.count).toBe(26)
        expect(new Set(data.product_sets.map((s: any) => s.industry.code))).toEqual(
          new Set(["I", "II", "III", "IV", "V", "VI"])
        )
        const { data: one } = await api.get("/store/product-sets/che-bien-tu-rau-cu-qua-hat", store.storeHeaders)
        expect(one.product_set).toMatchObject({ number: 7, industry: { code: "I", name_vi: "Thực phẩm" } })
        const missing = await failure(api.get("/store/product-sets/khong-co", store.storeHeaders))
        expect(missing).toEqual({ status: 404, message: 'No OCOP product set has the handle "khong-co".' })
      })
    })

    describe("producers", () => {
      it("creates a producer with its own stock location and shows it in the store by handle", async () => {
        const { producer, stock_location } = await createProducer()
        expect(stock_location.name).toBe("Kho HTX Tài Hoan")
        const { data: admin } = await api.get(`/admin/producers/${producer.id}`, store.adminHeaders)
        expect(admin.producer.stock_location.id).toBe(stock_location.id)

        const { data } = await api.get("/store/producers/htx-tai-hoan", store.storeHeaders)
        expect(data.producer).toMatchObject({
          name: "HTX Tài Hoan",
          address_as_issued: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
          province: { code: "19", name: "Tỉnh Thái Nguyên" },
          commune: { code: "02185" },
        })
        const { data: list } = await api.get("/store/producers?province_code=19", store.storeHeaders)
        expect(list.producers.map((p: any) => p.handle)).toEqual(["htx-tai-hoan"])
      })

      it("refuses a commune that is not in the producer's province", async () => {
        // 14215 is Xã Hải Hậu, in Tỉnh Ninh Bình (37), not in Thái Nguyên (19).
        const refused = await failure(createProducer({ commune_code: "14215" }))
        expect(refused.status).toBe(400)
        expect(refused.message).toBe('Commune code "14215" is not a commune or ward of Tỉnh Thái Nguyên.')
        const { data } = await api.get("/admin/producers", store.adminHeaders)
        expect(data.count).toBe(0)
      })

      it("hides pending and suspended producers from the store", async () => {
        const { producer } = await createProducer({ status: "pending" })
        expect((await failure(api.get("/store/producers/htx-tai-hoan", store.storeHeaders))).status).toBe(404)
        await api.post(`/admin/producers/${producer.id}`, { status: "approved" }, store.adminHeaders)
        expect((await api.get("/store/producers/htx-tai-hoan", store.storeHeaders)).data.producer.id).toBe(producer.id)
      })
    })

    describe("certificates", () => {
      it("records a certificate valid for 36 months and shows it as the product's current certificate", async () => {
        const { producer } = await createProducer()
        const product = await createProduct({
          status: "published",
          additional_data: { producer_id: producer.id, product_set_id: store.productSetId(7) },
        })
        const { data } = await api.post(`/admin/products/${product.id}/certificates`, certificate(), store.adminHeaders)
        expect(data.certificate.valid_until.slice(0, 10)).toBe("2027-06-25")

        const { data: listed } = await api.get(
          `/store/products?region_id=${store.regionId}&fields=${encodeURIComponent(OCOP_STORE_FIELDS)}`,
          store.storeHeaders
        )
        expect(listed.products).toHaveLength(1)
        const shown = presentOcopProduct(listed.products[0])
        expect(shown.producer).toMatchObject({ handle: "htx-tai-hoan", province: { name: "Tỉnh Thái Nguyên" } })
        expect(shown.ocop).toMatchObject({
          standing: "certified",
          star_rating: 5,
          current_certificate: {
            decision_number: "1234/QĐ-BNN-KTHT",
            decision_date: "2024-06-25",
            issuing_authority: "Bộ Nông nghiệp và Phát triển nông thôn",
            valid_until: "2027-06-25",
            expired: false,
          },
          product_set: { number: 7, handle: "che-bien-tu-rau-cu-qua-hat" },
          industry: { code: "I", name_en: "Food" },
        })

        // The store sends a certificate's public fields only; its document and who uploaded it
        // stay with the producer and the programme office, even for a client that asks for all of it.
        const publicFields = ["decision_date", "decision_number", "evaluation_kind", "id", "is_sample", "issuing_authority", "product_set", "product_set_id", "star_rating", "valid_until", "verified"]
        expect(Object.keys(listed.products[0].certificates[0]).sort()).toEqual(publicFields)
        const { data: askedForAll } = await api.get(
          `/store/products/${product.id}?fields=${encodeURIComponent(`${OCOP_STORE_FIELDS},+certificates.*`)}`,
          store.storeHeaders
        )
        expect(Object.keys(askedForAll.product.certificates[0]).sort()).toEqual(publicFields)
      })

      it.each([
        [{ star_rating: 4, total_score: 65, score_a: null, score_b: null, score_c: null }, /A 4-star certificate needs a total score of 70–89; 65 belongs to 3 stars/],
        [{ star_rating: 2, total_score: 45, score_a: null, score_b: null, score_c: null }, /A 2-star result is not an OCOP certificate/],
        [{ star_rating: 5, total_score: 95, score_a: 37, score_b: 23, score_c: 32 }, /Parts A \+ B \+ C add up to 92, but the total score is 95/],
        [{ decision_date: "25/06/2024" }, /Dates are written YYYY-MM-DD/],
      ])("refuses %o with a 400 that says why, and records nothing", async (overrides, message) => {
        const { producer } = await createProducer()
        const product = await createProduct({ additional_data: { producer_id: producer.id } })
        const refused = await failure(
          api.post(`/admin/products/${product.id}/certificates`, certificate(overrides), store.adminHeaders)
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(message)
        const { data } = await api.get(`/admin/products/${product.id}/ocop`, store.adminHeaders)
        expect(data.product.certificates).toHaveLength(0)
      })

      it("refuses a certificate for a product that does not exist", async () => {
        const refused = await failure(api.post("/admin/products/prod_missing/certificates", certificate(), store.adminHeaders))
        expect(refused.status).toBe(404)
      })

      it("shows no star badge for an expired or unverified certificate, and the latest valid one when there are several", async () => {
        const { producer } = await createProducer()
        const product = await createProduct({ status: "published", additional_data: { producer_id: producer.id } })
        const url = `/admin/products/${product.id}/certificates`
        const storeProduct = async () =>
          presentOcopProduct((await api.get(`/store/products/${product.id}?fields=${encodeURIComponent(OCOP_STORE_FIELDS)}`, store.storeHeaders)).data.product).ocop

        // Awarded 4★ in 2019 by the province: expired in 2022.
        await api.post(url, certificate({ star_rating: 4, total_score: 75, score_a: 30, score_b: 20, score_c: 25, decision_date: "2019-05-10", issuing_authority: "UBND tỉnh Bắc Kạn", evaluation_kind: "new" }), store.adminHeaders)
        expect(await storeProduct()).toMatchObject({ standing: "expired", star_rating: null, current_certificate: null, latest_certificate: { expired: true } })

        // A 5★ re-evaluation recorded but not yet verified gives no badge either.
        const { data: renewed } = await api.post(url, certificate({ verified: false }), store.adminHeaders)
        expect(await storeProduct()).toMatchObject({ standing: "unverified", star_rating: null })

        // Once the operator verifies it, it is the current certificate.
        await api.post(`/admin/certificates/${renewed.certificate.id}`, { verified: true }, store.adminHeaders)
        const ocop = await storeProduct()
        expect(ocop).toMatchObject({ standing: "certified", star_rating: 5, current_certificate: { id: renewed.certificate.id } })
        expect(ocop.star_history.map((h: any) => h.star_rating)).toEqual([4, 5])
      })

      it("re-checks the score band when a certificate is corrected", async () => {
        const { producer } = await createProducer()
        const product = await createProduct({ additional_data: { producer_id: producer.id } })
        const { data } = await api.post(`/admin/products/${product.id}/certificates`, certificate(), store.adminHeaders)
        const refused = await failure(
          api.post(`/admin/certificates/${data.certificate.id}`, { star_rating: 4 }, store.adminHeaders)
        )
        expect(refused).toEqual({
          status: 400,
          message: "A 4-star certificate needs a total score of 70–89; 92 belongs to 5 stars (90–100). Check the star or the score.",
        })
      })
    })

    describe("every product has exactly one producer", () => {
      it("refuses to publish a product without a producer and keeps nothing half-made", async () => {
        const refused = await failure(createProduct({ status: "published" }))
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/cannot be published without its producer/)
        const { data } = await api.get("/admin/products", store.adminHeaders)
        expect(data.count).toBe(0)
      })

      it("lets a draft be saved, given a producer, then published; a second producer replaces the first", async () => {
        const draft = await createProduct({ status: "draft" })
        const publish = () => api.post(`/admin/products/${draft.id}`, { status: "published" }, store.adminHeaders)
        expect((await failure(publish())).status).toBe(400)

        const { producer: first } = await createProducer()
        const { producer: second } = await createProducer({ handle: "htx-tran-phu", name: "HTX Trần Phú", commune_code: null })
        await api.post(`/admin/products/${draft.id}/ocop`, { producer_id: first.id }, store.adminHeaders)
        await publish()
        await api.post(`/admin/products/${draft.id}/ocop`, { producer_id: second.id }, store.adminHeaders)
        const { data } = await api.get(`/admin/products/${draft.id}/ocop`, store.adminHeaders)
        expect(data.product.producer.handle).toBe("htx-tran-phu")
        expect(data.product.ocop.standing).toBe("awaiting_evaluation")
      })

      it("refuses an unknown producer with 404", async () => {
        const refused = await failure(createProduct({ additional_data: { producer_id: "pdr_missing" } }))
        expect(refused).toEqual({ status: 404, message: "Producer pdr_missing was not found." })
      })
    })
  },
})
