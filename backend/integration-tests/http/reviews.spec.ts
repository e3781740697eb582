/**
 * Reviews from verified buyers and sold counts, on a real Postgres: only a customer whose order of
 * the product was delivered may review it, once; the review waits for the operator, and only an
 * approved one is shown and counted in the product's summary and search document. Every placed
 * order counts into its products' sold count, once, and a canceled one is taken out. A review may
 * carry one photo, through the one photo pipeline (EXIF gone, AVIF and WebP renditions).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOrderWorkflow, completeCartWorkflow, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import sharp from "sharp"
import { feedbackReader } from "../../src/lib/product-feedback"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { recordProductSalesWorkflow } from "../../src/workflows/record-product-sales"
import { createReadyCart, createTestPack, type Headers, setUpStore, shipParcel, signInOperator, type TestPack, type TestStore } from "../fixtures"
import { answer, eventually, registerCustomer } from "../helpers"
import { cameraLikeJpeg, GPS_HANOI, PDF_BYTES, PHONE_EXIF, storedFile, storedFileCount, type UploadedFile, uploadForm } from "../test-photos"

jest.setTimeout(5 * 60 * 1000)

type Answer = { status: number; headers: Record<string, string>; data: any }
type Api = {
  get: (url: string, config?: unknown) => Promise<Answer>
  post: (url: string, body: unknown, config?: unknown) => Promise<Answer>
}

const REVIEW = { rating: 5, body: "Gạo dẻo, thơm mùi lúa mới, nấu cơm cả nhà khen.", locale: "vi" }

/** The form the storefront's review form posts: the review's fields and, if any, its photo in `photo`. */
function reviewForm(fields: Record<string, string | number>, photo?: UploadedFile): FormData {
  return uploadForm("photo", photo ? [photo] : [], fields)
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let shop: TestStore
    let rice: TestPack
    let operator: Headers

    beforeAll(async () => {
      shop = await setUpStore(getContainer())
      rice = await createTestPack(getContainer(), shop, "review-rice", 150_000, 50)
      operator = await signInOperator(getContainer(), api)
    })

    /** A signed-in buyer: their headers for the store API and their customer id. */
    async function buyer(email: string, names: { first_name: string; last_name: string }) {
      const token = await registerCustomer(api, getContainer(), shop.storeHeaders, { email, ...names })
      const headers: Headers = { headers: { ...shop.storeHeaders.headers, authorization: `Bearer ${token}` } }
      const { data } = await api.get("/store/customers/me", headers)
      return { headers, customerId: data.customer.id as string, email }
    }

    async function order(container: MedusaContainer, customer: { customerId: string; email: string }, quantity: number) {
      const cartId = await createReadyCart(container, shop, {
        email: customer.email,
        customerId: customer.customerId,
        lines: [{ variantId: rice.variantId, quantity }],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
      return result.id as string
    }

    const soldCount = async () => (await feedbackReader(getContainer())([rice.productId])).get(rice.productId)!.sold_count
    const review = (headers: Headers, body: Record<string, unknown> | FormData = REVIEW) => answer(api.post(`/store/products/${rice.productId}/reviews`, body, headers))

    it("lets only a buyer whose order was delivered review, once; shows the review after the operator approves it", async () => {
      const container = getContainer()
      const lan = await buyer("lan.review@example.vn", { first_name: "Lan", last_name: "Nguyễn Thị" })
      const orderId = await order(container, lan, 2)

      // Ordered, even shipped, is not received.
      const early = await review(lan.headers)
      expect(early.status).toBe(403)
      expect(early.data).toMatchObject({ code: ERROR_CODES.reviewNotAllowed })
      expect(early.data.message).toMatch(/^Only a buyer who received this product can review it/)
      const parcel = await shipParcel(container, orderId, rice)
      expect((await review(lan.headers)).status).toBe(403)
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: parcel.fulfillmentId } })

      const mine = await api.get("/store/customers/me/reviews", lan.headers)
      expect(mine.data).toEqual({ reviews: [], reviewable_product_ids: [rice.productId] })

      const written = await review(lan.headers)
      expect(written.status).toBe(201)
      expect(written.data.review).toMatchObject({ rating: 5, status: "pending", body: REVIEW.body })
      const again = await review(lan.headers, { ...REVIEW, rating: 1 })
      expect(again.status).toBe(409)
      expect(again.data.code).toBe(ERROR_CODES.reviewExists)

      // Pending: not shown, not counted.
      const before = await api.get(`/store/products/${rice.productId}/reviews`, shop.storeHeaders)
      expect(before.data).toMatchObject({ reviews: [], count: 0, feedback: { review_average: null, review_count: 0 } })

      const pending = await api.get("/admin/product-reviews", operator)
      expect(pending.data.product_reviews).toEqual([
        expect.objectContaining({ id: written.data.review.id, rating: 5, reviewer_name: "Lan N.", status: "pending", product: expect.objectContaining({ title: "Gạo review-rice" }) }),
      ])
      const approved = await api.post(`/admin/product-reviews/${written.data.review.id}`, { status: "approved" }, operator)
      expect(approved.data.product_review.status).toBe("approved")
      const twice = await answer(api.post(`/admin/product-reviews/${written.data.review.id}`, { status: "rejected", note: "x" }, operator))
      expect(twice.status).toBe(409)
      expect(twice.data.code).toBe(ERROR_CODES.reviewDecided)

      const shown = await api.get(`/store/products/${rice.productId}/reviews`, shop.storeHeaders)
      expect(shown.data.count).toBe(1)
      expect(shown.data.feedback).toEqual({ review_average: 5, review_count: 1, sold_count: 2 })
      expect(shown.data.reviews[0]).toEqual({
        id: written.data.review.id,
        rating: 5,
        body: REVIEW.body,
        reviewer_name: "Lan N.",
        locale: "vi",
        photo: null,
        created_at: expect.any(String),
      })
      // What a buyer sees names no customer and no order.
      expect(JSON.stringify(shown.data)).not.toContain(lan.customerId)
      expect(JSON.stringify(shown.data)).not.toContain(orderId)

      // The search document, synced a moment after the decision, carries the summary a card shows.
      const searchedRice = await eventually(
        async () => (await api.get(`/store/product-search?q=${encodeURIComponent("review-rice")}`, shop.storeHeaders)).data.hits.find((hit: { id: string }) => hit.id === rice.productId),
        (hit) => hit?.review_count === 1
      )
      expect(searchedRice).toMatchObject({ review_average: 5, review_count: 1, sold_count: 2 })
    })

    it("keeps a rejected review out, with the operator's note for its writer, and refuses a rejection without one", async () => {
      const container = getContainer()
      const minh = await buyer("minh.review@example.vn", { first_name: "Minh", last_name: "Trần" })
      const orderId = await order(container, minh, 1)
      const parcel = await shipParcel(container, orderId, rice)
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: parcel.fulfillmentId } })
      const written = await review(minh.headers, { rating: 1, body: "Liên hệ 0912345678 để mua giá rẻ hơn!", locale: "vi" })
      expect(written.status).toBe(201)

      const noNote = await answer(api.post(`/admin/product-reviews/${written.data.review.id}`, { status: "rejected" }, operator))
      expect(noNote.status).toBe(400)
      expect(noNote.data.message).toBe("Say why the review is rejected (note): the buyer is told.")
      await api.post(`/admin/product-reviews/${written.data.review.id}`, { status: "rejected", note: "Đánh giá không được chứa số điện thoại hay quảng cáo." }, operator)

      const mine = await api.get("/store/customers/me/reviews", minh.headers)
      expect(mine.data.reviews).toEqual([
        expect.objectContaining({ status: "rejected", moderation_note: "Đánh giá không được chứa số điện thoại hay quảng cáo." }),
      ])
      expect(mine.data.reviewable_product_ids).toEqual([])
      const shown = await api.get(`/store/products/${rice.productId}/reviews`, shop.storeHeaders)
      expect(shown.data).toMatchObject({ reviews: [], count: 0, feedback: { review_average: null, review_count: 0 } })
    })

    /** A buyer whose order of the rice was delivered. */
    async function deliveredBuyer(email: string, names: { first_name: string; last_name: string }) {
      const container = getContainer()
      const customer = await buyer(email, names)
      const orderId = await order(container, customer, 1)
      const parcel = await shipParcel(container, orderId, rice)
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: parcel.fulfillmentId } })
      return customer
    }

    it("stores a verified buyer's photo without its EXIF as renditions with the review, pending, and shows it once approved", async () => {
      const hoa = await deliveredBuyer("hoa.photo@example.vn", { first_name: "Hoa", last_name: "Đỗ" })
      const jpeg = await cameraLikeJpeg(1600, 1200, { seed: 7, exif: PHONE_EXIF })
      // The phone's EXIF, with where it was taken.
      expect((await sharp(jpeg).metadata()).exif?.toString("latin1")).toContain("PhoneMaker")
      expect(PHONE_EXIF.IFD3).toBe(GPS_HANOI)

      const written = await review(hoa.headers, reviewForm({ ...REVIEW, rating: 4 }, { bytes: jpeg, name: "IMG_2041.jpg", type: "image/jpeg" }))
      expect(written.status).toBe(201)
      expect(written.data.review).toMatchObject({ rating: 4, status: "pending", body: REVIEW.body })
      const photo = written.data.review.photo
      expect(photo).toMatchObject({ width: 1600, height: 1200, placeholder: expect.stringMatching(/^data:image\/webp;base64,/) })
      expect(photo.renditions.map((r: { format: string; width: number }) => `${r.format} ${r.width}`).sort()).toEqual(
        ["avif 320", "avif 640", "avif 960", "avif 1280", "webp 320", "webp 640", "webp 960", "webp 1280"].sort(),
      )
      for (const rendition of photo.renditions as { format: string; width: number; url: string }[]) {
        const metadata = await sharp(await storedFile(rendition.url)).metadata()
        expect({ format: metadata.format === "heif" ? "avif" : metadata.format, width: metadata.width, exif: metadata.exif }).toEqual({
          format: rendition.format,
          width: rendition.width,
          exif: undefined,
        })
      }

      // Pending: the operator sees the photo to moderate it; buyers do not see the review yet.
      const pending = await api.get("/admin/product-reviews", operator)
      expect(pending.data.product_reviews).toEqual(expect.arrayContaining([expect.objectContaining({ id: written.data.review.id, photo })]))
      expect((await api.get(`/store/products/${rice.productId}/reviews`, shop.storeHeaders)).data.reviews).not.toContainEqual(
        expect.objectContaining({ id: written.data.review.id }),
      )

      await api.post(`/admin/product-reviews/${written.data.review.id}`, { status: "approved" }, operator)
      const shown = await api.get(`/store/products/${rice.productId}/reviews`, shop.storeHeaders)
      const mine = shown.data.reviews.find((r: { id: string }) => r.id === written.data.review.id)
      expect(mine).toEqual({ id: written.data.review.id, rating: 4, body: REVIEW.body, reviewer_name: "Hoa Đ.", locale: "vi", photo, created_at: expect.any(String) })
      // Buyers read the renditions, not the files' ids.
      expect(shown.data.reviews.some((r: Record<string, unknown>) => "photo_file_ids" in r)).toBe(false)
    })

    it("refuses a PDF as a review's photo with a sentence and writes nothing; a review as a form without a photo is written", async () => {
      const tuan = await deliveredBuyer("tuan.photo@example.vn", { first_name: "Tuấn", last_name: "Vũ" })
      const files = await storedFileCount()

      const pdf = await review(tuan.headers, reviewForm(REVIEW, { bytes: PDF_BYTES, name: "hoa-don.jpg", type: "image/jpeg" }))
      expect(pdf.status).toBe(400)
      expect(pdf.data).toMatchObject({ code: ERROR_CODES.photoNotAnImage, message: "The file is not a photo we can read. Upload a JPEG, PNG, WebP or AVIF image." })
      const twoPhotos = reviewForm(REVIEW, { bytes: PDF_BYTES, name: "a.jpg", type: "image/jpeg" })
      twoPhotos.append("photo", new Blob([new Uint8Array(PDF_BYTES)], { type: "image/jpeg" }), "b.jpg")
      const two = await review(tuan.headers, twoPhotos)
      expect(two.status).toBe(400)
      expect(two.data).toMatchObject({ code: ERROR_CODES.tooManyPhotos, message: "A review carries one photo: choose the one that shows the product best." })
      const badText = await review(tuan.headers, reviewForm({ ...REVIEW, body: "Tốt" }))
      expect(badText.status).toBe(400)
      expect(badText.data.message).toMatch(/body is shorter than 10 characters/)

      expect(await storedFileCount()).toBe(files)
      expect((await api.get("/store/customers/me/reviews", tuan.headers)).data.reviews).toEqual([])

      // A browser's form with the photo input left empty sends a nameless empty file: no photo.
      const form = reviewForm(REVIEW)
      form.append("photo", new Blob([], { type: "application/octet-stream" }), "")
      const written = await review(tuan.headers, form)
      expect(written.status).toBe(201)
      expect(written.data.review).toMatchObject({ rating: 5, status: "pending", photo: null })
      expect(await storedFileCount()).toBe(files)
    })

    it("deletes the stored photo when the review cannot be written: the buyer reviewed the product already", async () => {
      const my = await deliveredBuyer("my.photo@example.vn", { first_name: "My", last_name: "Hồ" })
      expect((await review(my.headers)).status).toBe(201)
      const files = await storedFileCount()
      const jpeg = await cameraLikeJpeg(800, 600, { seed: 3 })
      const again = await review(my.headers, reviewForm(REVIEW, { bytes: jpeg, name: "IMG_1.jpg", type: "image/jpeg" }))
      expect(again.status).toBe(409)
      expect(again.data.code).toBe(ERROR_CODES.reviewExists)
      expect(await storedFileCount()).toBe(files)
    })

    it("refuses a review without a session, with a score out of range or a text too short, each with a sentence", async () => {
      expect((await review(shop.storeHeaders)).status).toBe(401)
      const an = await buyer("an.review@example.vn", { first_name: "An", last_name: "Lê" })
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ ...REVIEW, rating: 6 }, /rating is a whole number of stars from 1 to 5\.$/],
        [{ ...REVIEW, rating: 4.5 }, /rating is a whole number of stars from 1 to 5\.$/],
        [{ body: REVIEW.body }, /rating is needed/],
        [{ ...REVIEW, body: "Tốt" }, /body is shorter than 10 characters/],
        [{ ...REVIEW, body: "x".repeat(2001) }, /body is longer than 2000 characters/],
      ]
      for (const [body, message] of cases) {
        const refused = await review(an.headers, body)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(message)
      }
      const unknown = await answer(api.get("/store/products/prod_nothing/reviews", shop.storeHeaders))
      expect(unknown.status).toBe(404)
      const notAnId = await answer(api.get("/store/products/not-an-id/reviews", shop.storeHeaders))
      expect({ status: notAnId.status, message: notAnId.data.message }).toEqual({
        status: 400,
        message: "A product id is letters, digits and underscores, e.g. prod_01JZ8X4N6Q2W3E4R5T6Y7V8H9K.",
      })
    })

    it("counts each placed order into the sold count once, takes a canceled one out, and puts both in the search document", async () => {
      const container = getContainer()
      const start = await soldCount()
      const binh = await buyer("binh.sales@example.vn", { first_name: "Bình", last_name: "Phạm" })
      const kept = await order(container, binh, 3)
      const canceled = await order(container, binh, 4)
      await eventually(soldCount, (count) => count === start + 7)
      await cancelOrderWorkflow(container).run({ input: { order_id: canceled } })
      await eventually(soldCount, (count) => count === start + 3)

      // The same order counted again (an event delivered twice) changes nothing.
      await recordProductSalesWorkflow(container).run({ input: { order_id: kept } })
      expect(await soldCount()).toBe(start + 3)
      const searchedRice = await eventually(
        async () => (await api.get(`/store/product-search?q=${encodeURIComponent("review-rice")}`, shop.storeHeaders)).data.hits.find((hit: { id: string }) => hit.id === rice.productId),
        (hit) => hit?.sold_count === start + 3
      )
      expect(searchedRice).toMatchObject({ sold_count: start + 3 })
    })
  },
})
