/**
 * Trade promotion on a real Postgres (api/admin/fairs, pavilions, video-links; the producer's and the
 * shop's routes): a fair with its producers, shown to the shop while on or coming; a province
 * pavilion curated with a banner through the photo pipeline and featured producers and products;
 * livestream links from the operator (on a fair, a product or a campaign) and from a producer for
 * its own product only. Bad input gets a 4xx with a sentence and code, and leaves nothing behind.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { ERROR_CODES } from "@ocop/domain/errors"
import { STOREFRONT_PAGES_STALE_EVENT } from "../../src/events"
import { type Headers, registeredSeller, type Seller, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { answer, type Api } from "../helpers"
import { cameraLikeJpeg, uploadForm } from "../test-photos"

jest.setTimeout(10 * 60 * 1000)

const FAIR = {
  handle: "hoi-cho-ocop-ninh-binh-2026",
  name: "Hội chợ OCOP tỉnh Ninh Bình 2026",
  name_en: "Ninh Bình OCOP Fair 2026",
  starts_on: "2099-12-10",
  ends_on: "2099-12-14",
  province_code: "37",
  commune_code: "14215",
  venue: "Sân vận động thị trấn Yên Định",
}

const CAMPAIGN = {
  handle: "tuan-le-gao-hai-hau",
  name_vi: "Tuần lễ gạo Hải Hậu",
  name_en: "Hải Hậu rice week",
  starts_at: "2026-01-01T08:00",
  ends_at: "2099-12-31T20:00",
}

const YOUTUBE = { url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ", title: "Livestream miến dong Tài Hoan", kind: "live", starts_at: "2099-12-12T19:30:00+07:00" }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let store: TestStore
    let admin: Headers
    let rice: Seller
    let noodles: Seller
    const get = (url: string, headers: Headers = admin) => answer(api.get(url, headers))
    const post = (url: string, body: unknown, headers: Headers = admin) => answer(api.post(url, body, headers))
    const count = async (entity: string) => (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: ["id"] })).data.length

    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api)
      rice = await registeredSeller(api, store, admin, { name: "HTX Gạo Hải Hậu", email: "gao@fairs.example.vn", title: "Gạo tám xoan Hải Hậu", sku: "GAO-5", gtin: "8938505974019", price: 150_000 })
      noodles = await registeredSeller(api, store, admin, { name: "HTX Tài Hoan", email: "mien@fairs.example.vn", title: "Miến dong Tài Hoan", sku: "MIEN-5", gtin: "8938505974026", price: 90_000 })
    })

    describe("fairs", () => {
      it("records a fair with its producers, which the shop lists and shows by its handle", async () => {
        const made = await post("/admin/fairs", { ...FAIR, producer_ids: [rice.producerId, noodles.producerId] })
        expect(made.status).toBe(201)
        expect(made.data.fair).toMatchObject({ handle: FAIR.handle, province_name: "Tỉnh Ninh Bình", commune_name: expect.any(String) })
        expect(made.data.fair.producers.map((p: { id: string }) => p.id).sort()).toEqual([rice.producerId, noodles.producerId].sort())

        const listed = await get("/store/fairs", store.storeHeaders)
        expect(listed.status).toBe(200)
        expect(listed.data.fairs.map((f: { handle: string }) => f.handle)).toEqual([FAIR.handle])
        const page = await get(`/store/fairs/${FAIR.handle}`, store.storeHeaders)
        expect(page.status).toBe(200)
        expect(page.data.fair.producers.map((p: { name: string }) => p.name)).toEqual(["HTX Gạo Hải Hậu", "HTX Tài Hoan"])
      })

      it("changes a fair's producers and days; a fair that is over leaves the shop's list but keeps its page", async () => {
        const { data } = await post("/admin/fairs", { ...FAIR, producer_ids: [rice.producerId] })
        const changed = await post(`/admin/fairs/${data.fair.id}`, { producer_ids: [noodles.producerId], starts_on: "2020-01-01", ends_on: "2020-01-03" })
        expect(changed.status).toBe(200)
        expect(changed.data.fair.producers.map((p: { id: string }) => p.id)).toEqual([noodles.producerId])
        expect((await get("/store/fairs", store.storeHeaders)).data.fairs).toEqual([])
        expect((await get(`/store/fairs/${FAIR.handle}`, store.storeHeaders)).status).toBe(200)
      })

      it("refuses a change that makes no sense with a sentence, and keeps the fair as it was", async () => {
        const { data } = await post("/admin/fairs", { ...FAIR, producer_ids: [rice.producerId] })
        const cases: [Record<string, unknown>, number, RegExp, string?][] = [
          [{ ends_on: "2099-12-01" }, 400, /ends on 2099-12-01, before it starts on 2099-12-10/, ERROR_CODES.fairDatesReversed],
          [{ province_code: "01" }, 400, /not a commune or ward of/, ERROR_CODES.communeNotInProvince],
          [{ starts_on: "10/12/2099" }, 400, /YYYY-MM-DD/],
          [{ venue: " " }, 400, /Say where in the commune/],
          [{ producer_ids: [noodles.producerId, "prod_nobody"] }, 404, /no producer prod_nobody/],
          [{ handle: "doi-dia-chi" }, 400, /not a field of this request/],
        ]
        for (const [body, status, message, code] of cases) {
          const refused = await post(`/admin/fairs/${data.fair.id}`, body)
          expect({ body, status: refused.status }).toEqual({ body, status })
          expect(refused.data.message).toMatch(message)
          if (code) expect(refused.data.code ?? refused.data.type).toBe(code)
        }
        const kept = await get(`/admin/fairs/${data.fair.id}`)
        expect(kept.data.fair).toMatchObject({ handle: FAIR.handle, starts_on: FAIR.starts_on, ends_on: FAIR.ends_on, province_code: FAIR.province_code, venue: FAIR.venue })
        expect(kept.data.fair.producers.map((p: { id: string }) => p.id)).toEqual([rice.producerId])
        const unknown = await post("/admin/fairs/fair_nothing", { name: "Hội chợ khác" })
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/There is no fair fair_nothing/)

        const renamed = await post(`/admin/fairs/${data.fair.id}`, { name: "Hội chợ OCOP Ninh Bình mùa xuân 2099", name_en: null, venue: "Nhà văn hoá xã" })
        expect(renamed.status).toBe(200)
        const page = await get(`/store/fairs/${FAIR.handle}`, store.storeHeaders)
        expect(page.data.fair).toMatchObject({ name: "Hội chợ OCOP Ninh Bình mùa xuân 2099", name_en: null, venue: "Nhà văn hoá xã" })
      })

      it("refuses bad fairs with a sentence and a code, and records nothing", async () => {
        const cases: [Record<string, unknown>, number, RegExp, string?][] = [
          [{ ...FAIR, ends_on: "2099-12-01" }, 400, /before it starts/, ERROR_CODES.fairDatesReversed],
          [{ ...FAIR, commune_code: "00001" }, 400, /not a commune or ward of/, ERROR_CODES.communeNotInProvince],
          [{ ...FAIR, starts_on: "10/12/2099" }, 400, /YYYY-MM-DD/],
          [{ ...FAIR, name: " " }, 400, /fair's name/],
          [{ ...FAIR, producer_ids: ["prod_nobody"] }, 404, /no producer prod_nobody/],
          [{ ...FAIR, colour: "red" }, 400, /not a field of this request/],
        ]
        for (const [body, status, message, code] of cases) {
          const refused = await post("/admin/fairs", body)
          expect({ body, status: refused.status }).toEqual({ body, status })
          expect(refused.data.message).toMatch(message)
          if (code) expect(refused.data.code ?? refused.data.type).toBe(code)
        }
        expect(await count("fair")).toBe(0)
        await post("/admin/fairs", FAIR)
        const twice = await post("/admin/fairs", { ...FAIR, name: "Another" })
        expect(twice.status).toBe(409)
        expect(twice.data.code).toBe(ERROR_CODES.fairHandleTaken)
        expect((await get("/store/fairs/khong-co", store.storeHeaders)).status).toBe(404)
      })
    })

    describe("pavilions", () => {
      it("curates a pavilion with a banner from the photo pipeline, an introduction and featured producers and products", async () => {
        const uploaded = await answer(api.post("/admin/uploads", uploadForm("files", [{ bytes: await cameraLikeJpeg(1600, 600), name: "ninh-binh.jpg", type: "image/jpeg" }]), admin))
        expect(uploaded.status).toBe(200)
        const bannerUrl = uploaded.data.files[0].url
        const uncurated = await get("/store/pavilions/37", store.storeHeaders)
        expect(uncurated.data.pavilion).toMatchObject({ banner: null, introduction: null, producers: [], products: [] })

        const curated = await post("/admin/pavilions/37", {
          banner_url: bannerUrl,
          introduction: "Ninh Bình, đất cố đô và những sản phẩm OCOP từ ruộng lúa Hải Hậu.",
          introduction_en: "Ninh Bình, the old capital, and OCOP products from Hải Hậu's rice fields.",
          producer_ids: [noodles.producerId],
          product_ids: [noodles.productId],
        })
        expect(curated.status).toBe(200)
        const shown = (await get("/store/pavilions/37", store.storeHeaders)).data.pavilion
        expect(shown.introduction).toMatch(/^Ninh Bình, đất cố đô/)
        expect(shown.banner.renditions.map((r: { format: string }) => r.format)).toEqual(expect.arrayContaining(["avif", "webp"]))
        expect(shown.banner.placeholder).toMatch(/^data:image\/webp;base64,/)
        expect(shown.producers.map((p: { id: string }) => p.id)).toEqual([noodles.producerId])
        expect(shown.products.map((p: { id: string }) => p.id)).toEqual([noodles.productId])
        expect(shown.banner_url).toBeUndefined()

        // Only what is sent changes: featuring other producers keeps the banner and the texts.
        await post("/admin/pavilions/37", { producer_ids: [rice.producerId] })
        const again = (await get("/store/pavilions/37", store.storeHeaders)).data.pavilion
        expect(again.producers.map((p: { id: string }) => p.id)).toEqual([rice.producerId])
        expect(again.introduction).toBe(shown.introduction)
        expect(again.banner).toEqual(shown.banner)
      })

      it("refuses an unknown province, a banner the pipeline did not make and an unknown product, and keeps the pavilion as it was", async () => {
        expect((await post("/admin/pavilions/99", { introduction: "x" })).status).toBe(404)
        expect((await get("/store/pavilions/99", store.storeHeaders)).status).toBe(404)
        const foreign = await post("/admin/pavilions/37", { banner_url: "https://example.com/banner.jpg", introduction: "x" })
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/not a photo uploaded here/)
        const unknown = await post("/admin/pavilions/37", { introduction: "x", product_ids: ["prod_nothing"] })
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/no product prod_nothing/)
        expect((await get("/store/pavilions/37", store.storeHeaders)).data.pavilion.introduction).toBeNull()
        expect(await count("pavilion")).toBe(0)
      })
    })

    describe("video links", () => {
      it("a producer attaches a YouTube livestream to its own product, the shop shows it, and the producer takes it off", async () => {
        const attached = await post(`/producer/products/${noodles.productId}/video-links`, YOUTUBE, noodles.member)
        expect(attached.status).toBe(201)
        expect(attached.data.video_link).toMatchObject({ platform: "youtube", kind: "live", producer_id: noodles.producerId })
        const shown = await get(`/store/products/${noodles.productId}/video-links`, store.storeHeaders)
        expect(shown.data.video_links).toEqual([expect.objectContaining({ url: YOUTUBE.url, title: YOUTUBE.title, platform: "youtube" })])

        const id = attached.data.video_link.id
        expect((await answer(api.delete(`/producer/products/${rice.productId}/video-links/${id}`, rice.member))).status).toBe(404)
        expect((await answer(api.delete(`/producer/products/${noodles.productId}/video-links/${id}`, noodles.member))).status).toBe(200)
        expect((await get(`/store/products/${noodles.productId}/video-links`, store.storeHeaders)).data.video_links).toEqual([])

        // A product taken off sale shows buyers no links, as it shows them nothing else.
        expect((await post(`/admin/products/${noodles.productId}`, { status: "draft" }, admin)).status).toBe(200)
        expect((await get(`/store/products/${noodles.productId}/video-links`, store.storeHeaders)).status).toBe(404)
      })

      it("another producer's product is not found, and links off YouTube, TikTok and Facebook are refused with a sentence", async () => {
        const foreign = await post(`/producer/products/${noodles.productId}/video-links`, YOUTUBE, rice.member)
        expect(foreign.status).toBe(404)
        expect((await get(`/producer/products/${noodles.productId}/video-links`, rice.member)).status).toBe(404)
        for (const url of ["https://vimeo.com/1", "http://www.youtube.com/watch?v=a", "https://youtube.com.evil.example/x", "youtube"]) {
          const refused = await post(`/producer/products/${noodles.productId}/video-links`, { ...YOUTUBE, url }, noodles.member)
          expect({ url, status: refused.status }).toEqual({ url, status: 400 })
          expect(refused.data.code).toBe(ERROR_CODES.videoHostNotAllowed)
          expect(refused.data.message).toMatch(/YouTube, TikTok or Facebook/)
        }
        const noTitle = await post(`/producer/products/${noodles.productId}/video-links`, { url: YOUTUBE.url }, noodles.member)
        expect(noTitle.status).toBe(400)
        expect(noTitle.data.message).toMatch(/title/)
        expect(await count("video_link")).toBe(0)
      })

      it("the operator attaches a TikTok video to a fair and a Facebook livestream to a product, and takes one off", async () => {
        const { data } = await post("/admin/fairs", { ...FAIR, producer_ids: [rice.producerId] })
        const tiktok = await post(`/admin/fairs/${data.fair.id}/video-links`, { url: "https://www.tiktok.com/@ocopninhbinh/video/1", title: "Khai mạc hội chợ" })
        expect(tiktok.status).toBe(201)
        const page = await get(`/store/fairs/${FAIR.handle}`, store.storeHeaders)
        expect(page.data.fair.video_links).toEqual([expect.objectContaining({ platform: "tiktok", kind: "replay", title: "Khai mạc hội chợ" })])

        const facebook = await post(`/admin/products/${rice.productId}/video-links`, { url: "https://fb.watch/abc/", title: "Gặt lúa tám xoan", kind: "live" })
        expect(facebook.status).toBe(201)
        expect((await get(`/admin/products/${rice.productId}/video-links`)).data.video_links).toHaveLength(1)
        expect((await answer(api.delete(`/admin/video-links/${tiktok.data.video_link.id}`, admin))).status).toBe(200)
        expect((await get(`/store/fairs/${FAIR.handle}`, store.storeHeaders)).data.fair.video_links).toEqual([])
        expect((await post("/admin/products/prod_nothing/video-links", YOUTUBE)).status).toBe(404)
        expect((await post("/admin/fairs/fair_nothing/video-links", YOUTUBE)).status).toBe(404)
      })

      it("the operator attaches a TikTok video and a YouTube livestream to a campaign, its page lists them, and one comes off", async () => {
        const made = await post("/admin/trade-campaigns", { ...CAMPAIGN, product_ids: [rice.productId] })
        expect(made.status).toBe(201)
        const campaignId = made.data.campaign.id
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emitted = jest.spyOn(eventBus, "emit")
        const tiktok = await post(`/admin/trade-campaigns/${campaignId}/video-links`, { url: "https://www.tiktok.com/@htxhaihau/video/7", title: "Gặt lúa tám xoan" })
        expect(tiktok.status).toBe(201)
        expect(tiktok.data.video_link).toMatchObject({ platform: "tiktok", kind: "replay", producer_id: null })
        // The campaign's cached page is told at once, not at the fallback minute.
        expect(emitted.mock.calls.flat(2)).toContainEqual(expect.objectContaining({ name: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } }))
        const youtube = await post(`/admin/trade-campaigns/${campaignId}/video-links`, YOUTUBE)
        expect(youtube.status).toBe(201)

        const page = await get(`/store/trade-campaigns/${CAMPAIGN.handle}`, store.storeHeaders)
        expect(page.data.campaign.video_links).toEqual([
          expect.objectContaining({ platform: "youtube", kind: "live", title: YOUTUBE.title, url: YOUTUBE.url }),
          expect.objectContaining({ platform: "tiktok", kind: "replay", title: "Gặt lúa tám xoan" }),
        ])
        expect((await get(`/admin/trade-campaigns/${campaignId}/video-links`)).data.video_links).toHaveLength(2)

        emitted.mockClear()
        expect((await answer(api.delete(`/admin/video-links/${youtube.data.video_link.id}`, admin))).status).toBe(200)
        expect(emitted.mock.calls.flat(2)).toContainEqual(expect.objectContaining({ name: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } }))
        emitted.mockRestore()
        const after = await get(`/store/trade-campaigns/${CAMPAIGN.handle}`, store.storeHeaders)
        expect(after.data.campaign.video_links).toEqual([expect.objectContaining({ id: tiktok.data.video_link.id })])
        expect((await answer(api.delete(`/admin/video-links/${youtube.data.video_link.id}`, admin))).status).toBe(404)
      })

      it("refuses a campaign's video off YouTube, TikTok and Facebook, one without a title, and a campaign that does not exist, and records nothing", async () => {
        const { data } = await post("/admin/trade-campaigns", { ...CAMPAIGN, product_ids: [rice.productId] })
        for (const url of ["https://vimeo.com/1", "http://www.tiktok.com/@a/video/1", "https://tiktok.com.evil.example/x"]) {
          const refused = await post(`/admin/trade-campaigns/${data.campaign.id}/video-links`, { ...YOUTUBE, url })
          expect({ url, status: refused.status, code: refused.data.code }).toEqual({ url, status: 400, code: ERROR_CODES.videoHostNotAllowed })
          expect(refused.data.message).toMatch(/YouTube, TikTok or Facebook/)
        }
        const noTitle = await post(`/admin/trade-campaigns/${data.campaign.id}/video-links`, { url: YOUTUBE.url })
        expect(noTitle.status).toBe(400)
        expect(noTitle.data.message).toMatch(/title/)
        const badTime = await post(`/admin/trade-campaigns/${data.campaign.id}/video-links`, { ...YOUTUBE, starts_at: "tonight" })
        expect(badTime.status).toBe(400)
        expect(badTime.data.message).toMatch(/starts_at is a time with its zone/)
        const unknown = await post("/admin/trade-campaigns/tcmp_nothing/video-links", YOUTUBE)
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/There is no campaign tcmp_nothing/)
        expect((await get("/admin/trade-campaigns/tcmp_nothing/video-links")).status).toBe(404)
        expect(await count("video_link")).toBe(0)
        expect((await get(`/store/trade-campaigns/${CAMPAIGN.handle}`, store.storeHeaders)).data.campaign.video_links).toEqual([])
      })
    })
  },
})
