/**
 * A producer's listings through the producer API on a real Postgres: a product with its packs,
 * prices in đồng and stock at the producer's own location, a draft until it is submitted and the programme office
 * publishes it; a mistyped GTIN-13 refused with the check digit it should have; edits that go on
 * sale at once; packs added, changed and removed; archiving; photos through the one pipeline
 * (GPS gone, a 12-megapixel phone photo taken; a PDF named .jpg, a decompression bomb and a 40 MB
 * file refused with their codes and sentences, leaving nothing stored), their order and the cover.
 */
import { ERROR_CODES } from "@ocop/domain/errors"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { createReadyCart, type Headers, producerRegistration, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { answer, type Api, chunkedUpload } from "../helpers"
import { cameraLikeJpeg, PDF_BYTES, pngBomb, storedFile, storedFileCount, uploadForm } from "../test-photos"

jest.setTimeout(10 * 60 * 1000)

const pack = (overrides: Record<string, unknown> = {}) => ({
  title: "Gói 500 g",
  title_en: "500 g pack",
  sku: "MD-500",
  gtin: "8934588012228",
  price: 65000,
  stock: 120,
  weight_grams: 500,
  ...overrides,
})

/** A small photo as a phone takes it: a JPEG with the place it was taken in its EXIF. */
async function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 190, g: 140, b: 70 } } })
    .withExif({ IFD0: { Make: "PhoneMaker", Model: "P12" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" } })
    .jpeg()
    .toBuffer()
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    const baseUrl = () => (untypedApi as unknown as { defaults: { baseURL: string } }).defaults.baseURL
    let store: TestStore
    let admin: Headers
    let producer: Headers
    let producerId = ""

    const newProduct = (overrides: Record<string, unknown> = {}) => ({
      title: "Miến dong Tài Hoan".normalize("NFD"),
      title_en: "Tai Hoan arrowroot vermicelli",
      description: "Miến làm từ tinh bột dong riềng Na Rì.",
      story_vi: "## Câu chuyện\n\nDong riềng trồng trên nương **Côn Minh**.",
      product_set_id: store.productSetId(7),
      variants: [pack(), pack({ title: "Gói 1 kg", title_en: "1 kg pack", sku: "MD-1000", gtin: "8934588012235", price: 120000, stock: 40, weight_grams: 1000 })],
      ...overrides,
    })
    const create = async (overrides: Record<string, unknown> = {}) => {
      const created = await answer(api.post("/producer/products", newProduct(overrides), producer))
      expect({ status: created.status, message: created.data.message }).toEqual({ status: 201, message: undefined })
      return created.data.product
    }
    const inShop = async (handle: string) => (await api.get(`/store/products?handle=${handle}&fields=title`, store.storeHeaders)).data.products

    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api)
      await api.post(
        "/producer/registrations",
        producerRegistration(),
        { headers: { "x-forwarded-for": "198.51.100.7" } },
      )
      producerId = (await api.get("/admin/producers?q=HTX%20T%C3%A0i%20Hoan", admin)).data.producers[0].id
      await api.post(`/admin/producers/${producerId}/approve`, {}, admin)
      const { data } = await api.post("/auth/producer_member/emailpass", { email: "lan@htx-tai-hoan.vn", password: "mien-dong-2025" })
      producer = { headers: { authorization: `Bearer ${data.token}` } }
    })

    it("creates a product with its packs, prices in đồng and stock at the producer's own location, a draft until submitted and the operator publishes it, then bought", async () => {
      const product = await create()
      expect(product).toMatchObject({
        title: "Miến dong Tài Hoan",
        title_en: "Tai Hoan arrowroot vermicelli",
        handle: "mien-dong-tai-hoan",
        status: "draft",
        story_vi: expect.stringContaining("**Côn Minh**"),
        product_set: { id: store.productSetId(7) },
        variants: [
          { title: "Gói 500 g", title_en: "500 g pack", sku: "MD-500", gtin: "8934588012228", price: 65000, stock: 120, weight_grams: 500 },
          { title: "Gói 1 kg", sku: "MD-1000", gtin: "8934588012235", price: 120000, stock: 40 },
        ],
        photos: [],
      })
      // The stock is at the producer's own location, as the Admin shows it.
      const { data: location } = await api.get(`/admin/producers/${producerId}`, admin)
      const { data: levels } = await api.get(`/admin/products/${product.id}/variants?fields=inventory_items.inventory.location_levels.*`, admin)
      const locations = levels.variants.flatMap((v: any) => v.inventory_items.flatMap((i: any) => i.inventory.location_levels.map((l: any) => l.location_id)))
      expect(new Set(locations)).toEqual(new Set([location.producer.stock_location.id]))

      const { data: page } = await api.get("/producer/products?limit=10", producer)
      expect(page).toMatchObject({ count: 1, limit: 10, offset: 0, products: [{ id: product.id }] })
      expect(await inShop("mien-dong-tai-hoan")).toEqual([])

      // Submitted, it waits for the programme office, still off sale; the office publishes it.
      const submitted = await api.post(`/producer/products/${product.id}/submit`, {}, producer)
      expect(submitted.data.product.status).toBe("proposed")
      expect(await inShop("mien-dong-tai-hoan")).toEqual([])
      await api.post(`/admin/products/${product.id}`, { status: "published" }, admin)
      expect(await inShop("mien-dong-tai-hoan")).toEqual([expect.objectContaining({ title: "Miến dong Tài Hoan" })])
      const onSale = await answer(api.post(`/producer/products/${product.id}/submit`, {}, producer))
      expect({ status: onSale.status, message: onSale.data.message }).toEqual({ status: 409, message: "This product is on sale already: your edits to it go live at once." })
      // A buyer orders it, delivered by its producer from the stock the producer gave.
      const cartId = await createReadyCart(getContainer(), store, {
        email: "buyer@example.vn",
        lines: [{ variantId: product.variants[0].id, quantity: 2 }],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      const { result: order } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
      expect(order.id).toEqual(expect.any(String))
      const afterOrder = (await api.get(`/producer/products/${product.id}`, producer)).data.product
      expect(afterOrder.variants[0]).toMatchObject({ stock: 120, reserved: 2 })
      // A second product of the same name gets a handle of its own; its packs need codes of their own.
      const again = await create({ variants: [pack({ sku: "MD-500-B", gtin: "8934588012242" })] })
      expect(again.handle).toBe("mien-dong-tai-hoan-2")
      const taken = await answer(api.post("/producer/products", newProduct({ variants: [pack()] }), producer))
      expect(taken.status).toBe(400)
    })

    it("refuses a GTIN-13 with a wrong check digit, and other bad input, with 400 and a sentence", async () => {
      const wrong = await answer(api.post("/producer/products", newProduct({ variants: [pack({ gtin: "8934588012227" })] }), producer))
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toBe(
        "variants[0].gtin: 8934588012227 is not a valid GTIN-13: after 893458801222 the check digit is 8, not 7. Copy the code again from the barcode label.",
      )
      const decimals = await answer(api.post("/producer/products", newProduct({ variants: [pack({ price: 65000.5 })] }), producer))
      expect(decimals.data.message).toMatch(/price is in whole đồng/)
      const noPacks = await answer(api.post("/producer/products", newProduct({ variants: [] }), producer))
      expect(noPacks.data.message).toMatch(/List the pack sizes/)
      const long = await answer(api.post("/producer/products", newProduct({ title: "M".repeat(201) }), producer))
      expect(long.data).toMatchObject({ code: "text_too_long", message: "title is longer than 200 characters: shorten it." })
      const unknownSet = await answer(api.post("/producer/products", newProduct({ product_set_id: "pset_unknown" }), producer))
      expect(unknownSet.status).toBe(400)
      expect(unknownSet.data.message).toBe("product_set_id: there is no OCOP product set pset_unknown. Choose one of those GET /store/product-sets lists.")
      expect((await api.get("/producer/products", producer)).data.count).toBe(0)
    })

    it("puts edits of a published product on sale at once, and adds, changes and removes its packs", async () => {
      const product = await create()
      await api.post(`/admin/products/${product.id}`, { status: "published" }, admin)

      const edited = await api.post(`/producer/products/${product.id}`, { title: "Miến dong Na Rì", description_en: "Arrowroot from Na Rì." }, producer)
      expect(edited.data.product).toMatchObject({ title: "Miến dong Na Rì", description_en: "Arrowroot from Na Rì.", title_en: "Tai Hoan arrowroot vermicelli", status: "published" })
      expect(await inShop("mien-dong-tai-hoan")).toEqual([expect.objectContaining({ title: "Miến dong Na Rì" })])

      const [small, large] = product.variants
      const changed = await api.post(`/producer/products/${product.id}/variants/${small.id}`, { price: 70000, stock: 80 }, producer)
      expect(changed.data.product.variants[0]).toMatchObject({ id: small.id, price: 70000, stock: 80 })

      const added = await answer(api.post(`/producer/products/${product.id}/variants`, pack({ title: "Hộp 2 kg", sku: "MD-2000", gtin: "8934588012242", price: 230000, stock: 10 }), producer))
      expect({ status: added.status, message: added.data.message }).toEqual({ status: 201, message: undefined })
      expect(added.data.product.variants.map((v: any) => [v.title, v.price, v.stock])).toEqual([
        ["Gói 500 g", 70000, 80],
        ["Gói 1 kg", 120000, 40],
        ["Hộp 2 kg", 230000, 10],
      ])
      const badGtin = await answer(api.post(`/producer/products/${product.id}/variants/${large.id}`, { gtin: "893458801223" }, producer))
      expect(badGtin.status).toBe(400)
      expect(badGtin.data.message).toMatch(/is not 13 digits/)

      await api.delete(`/producer/products/${product.id}/variants/${large.id}`, producer)
      const extra = added.data.product.variants[2].id
      await api.delete(`/producer/products/${product.id}/variants/${extra}`, producer)
      const last = await answer(api.delete(`/producer/products/${product.id}/variants/${small.id}`, producer))
      expect(last.status).toBe(400)
      expect(last.data).toMatchObject({ code: "last_variant", message: "This is the product's only pack size: change it instead, or archive the product." })
      expect((await api.get(`/producer/products/${product.id}`, producer)).data.product.variants.map((v: any) => v.id)).toEqual([small.id])
    })

    it("archives a product: it leaves the shop and the producer's list, and its id answers 404", async () => {
      const product = await create()
      await api.post(`/admin/products/${product.id}`, { status: "published" }, admin)
      expect((await api.delete(`/producer/products/${product.id}`, producer)).data).toEqual({ id: product.id, object: "product", deleted: true })
      expect((await answer(api.get(`/producer/products/${product.id}`, producer))).status).toBe(404)
      expect((await api.get("/producer/products", producer)).data.count).toBe(0)
      expect(await inShop("mien-dong-tai-hoan")).toEqual([])
    })

    it("takes photos through the one pipeline: GPS gone, renditions in AVIF and WebP, a PDF named .jpg, a decompression bomb and a 40 MB file refused; then their order, the cover and removal", async () => {
      const product = await create()
      const jpeg = await phoneJpeg()
      expect((await sharp(jpeg).metadata()).exif).toBeDefined()

      const uploaded = await answer(api.post(`/producer/products/${product.id}/photos`, uploadForm("photos", [{ bytes: jpeg, name: "IMG_0001.jpg", type: "image/jpeg" }]), producer))
      expect(uploaded.status).toBe(201)
      const [first] = uploaded.data.product.photos
      expect(first).toMatchObject({ cover: true, width: 800, height: 600, placeholder: expect.stringMatching(/^data:image\/webp;base64,/) })
      expect(new Set(first.renditions.map((r: any) => `${r.format} ${r.width}`))).toEqual(new Set(["avif 320", "webp 320", "avif 640", "webp 640"]))
      for (const rendition of first.renditions) {
        const metadata = await sharp(await storedFile(rendition.url)).metadata()
        expect({ format: metadata.format === "heif" ? "avif" : metadata.format, exif: metadata.exif }).toEqual({ format: rendition.format, exif: undefined })
      }
      expect(uploaded.data.product.thumbnail).toBe(first.renditions.find((r: any) => r.format === "webp" && r.width === 640).url)

      const filesBefore = await storedFileCount()
      const refusalOf = async (file: { bytes: Buffer; name: string; type: string }) => {
        const refused = await answer(api.post(`/producer/products/${product.id}/photos`, uploadForm("photos", [file]), producer))
        return { status: refused.status, code: refused.data.code, message: refused.data.message }
      }
      expect(await refusalOf({ bytes: PDF_BYTES, name: "photo.jpg", type: "image/jpeg" })).toEqual({
        status: 400,
        code: ERROR_CODES.photoNotAnImage,
        message: "The file is not a photo we can read. Upload a JPEG, PNG, WebP or AVIF image.",
      })
      // Half a megabyte of PNG that would decode to 30000×30000 pixels.
      expect(await refusalOf({ bytes: await pngBomb(30_000), name: "anh.png", type: "image/png" })).toEqual({
        status: 400,
        code: ERROR_CODES.photoTooManyPixels,
        message: "The photo is 30000×30000 pixels; at most 40 megapixels are accepted. Resize it and try again.",
      })
      // A 40 MB "photo" fits in one upload (two photos of 20 MB), and is refused as a photo too large.
      const forty = Buffer.concat([jpeg, Buffer.alloc(40 * 1024 * 1024 - jpeg.length)])
      expect(await refusalOf({ bytes: forty, name: "IMG_0040.jpg", type: "image/jpeg" })).toEqual({
        status: 400,
        code: ERROR_CODES.photoTooLarge,
        message: "The photo is 40.0 MB; photos may be at most 20 MB.",
      })
      // A larger upload is refused from its Content-Length, before its body is read…
      const overLimit = "The upload is larger than 40 MB: send photos of at most 20 MB each, one or two at a time."
      const sixty = Buffer.concat([jpeg, Buffer.alloc(60 * 1024 * 1024 - jpeg.length)])
      expect(await refusalOf({ bytes: sixty, name: "IMG_0060.jpg", type: "image/jpeg" })).toEqual({ status: 400, code: ERROR_CODES.photoTooLarge, message: overLimit })
      // …and, sent without one, as soon as it has read past the limit.
      const chunked = await chunkedUpload(`${baseUrl()}/producer/products/${product.id}/photos`, producer.headers, "photos", sixty)
      expect({ status: chunked.status, code: chunked.data.code, message: chunked.data.message }).toEqual({ status: 400, code: ERROR_CODES.photoTooLarge, message: overLimit })
      const none = await answer(api.post(`/producer/products/${product.id}/photos`, new FormData(), producer))
      expect({ status: none.status, code: none.data.code }).toEqual({ status: 400, code: ERROR_CODES.photoMissing })
      const six = uploadForm("photos", Array.from({ length: 6 }, (_, i) => ({ bytes: jpeg, name: `IMG_000${i}.jpg`, type: "image/jpeg" })))
      const tooMany = await answer(api.post(`/producer/products/${product.id}/photos`, six, producer))
      expect({ status: tooMany.status, code: tooMany.data.code, message: tooMany.data.message }).toEqual({
        status: 400,
        code: ERROR_CODES.tooManyPhotos,
        message: "Send at most 5 photos at a time.",
      })
      // Nothing refused was stored: not a photo of the product, not a file.
      expect((await api.get(`/producer/products/${product.id}`, producer)).data.product.photos).toHaveLength(1)
      expect(await storedFileCount()).toBe(filesBefore)
      const notMultipart = await answer(api.post(`/producer/products/${product.id}/photos`, { photos: "x" }, producer))
      expect(notMultipart.status).toBe(400)
      expect(notMultipart.data.message).toMatch(/multipart\/form-data/)

      // A phone's 12-megapixel photo, as it comes off the camera (about 2.5 MB).
      const twelve = await cameraLikeJpeg(4000, 3000)
      const second = await answer(api.post(`/producer/products/${product.id}/photos`, uploadForm("photos", [{ bytes: twelve, name: "IMG_0002.jpg", type: "image/jpeg" }]), producer))
      expect(second.status).toBe(201)
      const large = second.data.product.photos[1]
      expect({ width: large.width, height: large.height }).toEqual({ width: 4000, height: 3000 })
      expect(large.renditions.map((r: any) => `${r.format} ${r.width}`).sort()).toEqual(
        ["avif 320", "avif 640", "avif 960", "avif 1280", "webp 320", "webp 640", "webp 960", "webp 1280"].sort(),
      )
      const photoIds = second.data.product.photos.map((p: any) => p.id)
      expect(photoIds[0]).toBe(first.id)
      const secondId = photoIds[1]

      // The first photo is the cover, as the shop's cards and the search index show it.
      const moved = await api.post(`/producer/products/${product.id}/photos/${secondId}`, { rank: 0 }, producer)
      expect(moved.data.product.photos.map((p: any) => [p.id, p.cover])).toEqual([
        [secondId, true],
        [first.id, false],
      ])
      const back = await api.post(`/producer/products/${product.id}/photos/${first.id}`, { cover: true }, producer)
      expect(back.data.product.photos.map((p: any) => [p.id, p.cover])).toEqual([
        [first.id, true],
        [secondId, false],
      ])
      const covered = await api.post(`/producer/products/${product.id}/photos/${secondId}`, { cover: true }, producer)
      expect(covered.data.product.photos.map((p: any) => [p.id, p.cover])).toEqual([
        [secondId, true],
        [first.id, false],
      ])
      expect(covered.data.product.thumbnail).toBe(covered.data.product.photos[0].renditions.find((r: any) => r.format === "webp" && r.width === 640).url)
      const nothing = await answer(api.post(`/producer/products/${product.id}/photos/${secondId}`, {}, producer))
      expect(nothing.status).toBe(400)

      const removed = await api.delete(`/producer/products/${product.id}/photos/${secondId}`, producer)
      expect(removed.data).toEqual({ id: secondId, object: "photo", deleted: true })
      const after = (await api.get(`/producer/products/${product.id}`, producer)).data.product
      expect(after.photos.map((p: any) => [p.id, p.cover])).toEqual([[first.id, true]])
      await expect(storedFile(covered.data.product.photos[0].renditions[0].url)).rejects.toThrow(/ENOENT/)
    })

    it("lets a producer still waiting for approval prepare its listings, which stay off sale", async () => {
      await api.post(
        "/producer/registrations",
        producerRegistration(
          {
            name: "Hộ kinh doanh Lưu Liên Phương",
            kind: "household",
            business_registration_number: "0601293847",
            phone: "0912 345 679",
            address_as_issued: "xã Hải Bắc, huyện Hải Hậu, tỉnh Nam Định",
            province_code: "37",
            commune_code: "14215",
          },
          { name: "Lưu Liên Phương", email: "phuong@banh-nhan.vn", password: "banh-nhan-2025" },
        ),
        { headers: { "x-forwarded-for": "198.51.100.8" } },
      )
      const { data } = await api.post("/auth/producer_member/emailpass", { email: "phuong@banh-nhan.vn", password: "banh-nhan-2025" })
      const pending = { headers: { authorization: `Bearer ${data.token}` } }
      const created = await answer(
        api.post("/producer/products", newProduct({ title: "Bánh nhãn Hải Hậu", variants: [pack({ title: "Hộp 300 g", sku: "BN-300", gtin: null })] }), pending),
      )
      expect(created.status).toBe(201)
      expect(created.data.product).toMatchObject({ status: "draft", handle: "banh-nhan-hai-hau", variants: [{ sku: "BN-300", gtin: null, stock: 120 }] })
      // Its product is not among the approved producer's.
      expect((await api.get("/producer/products", producer)).data.count).toBe(0)
      const refused = await answer(api.post(`/producer/products/${created.data.product.id}/submit`, {}, pending))
      expect({ status: refused.status, code: refused.data.code }).toEqual({ status: 403, code: "producer_not_approved" })
    })

    it("lets a suspended producer read its products but not change them", async () => {
      const product = await create()
      await api.post(`/admin/producers/${producerId}/suspend`, { reason: "Giấy chứng nhận OCOP đã hết hạn." }, admin)
      expect((await api.get(`/producer/products/${product.id}`, producer)).data.product.id).toBe(product.id)
      // Each asked in turn: a request made before its answer is awaited would reject unhandled.
      for (const refused of [
        () => api.post("/producer/products", newProduct(), producer),
        () => api.post(`/producer/products/${product.id}`, { title: "Miến dong" }, producer),
        () => api.delete(`/producer/products/${product.id}`, producer),
      ]) {
        const response = await answer(refused())
        expect({ status: response.status, code: response.data.code }).toEqual({ status: 403, code: "producer_read_only" })
      }
    })
  },
})
