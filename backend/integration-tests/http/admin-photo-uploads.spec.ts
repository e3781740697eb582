/**
 * The operator's photos in Medusa Admin through the one photo pipeline, on a real Postgres: an
 * upload to `POST /admin/uploads` as Admin's product media editor sends it (field `files`) is
 * stored without its EXIF (GPS included) as AVIF and WebP renditions; a PDF named .jpg, a
 * decompression bomb, an oversized or chunked upload are refused with their codes and sentences,
 * leaving nothing stored; and the URL Admin is answered with, attached to a product as Admin
 * attaches it, gives the product's image the renditions the storefront draws.
 */
import { ERROR_CODES } from "@ocop/domain/errors"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { createTestProduct, createTestProducer, type Headers, setUpStore, signInOperator, TEST_PRODUCERS, type TestStore } from "../fixtures"
import { answer, type Api, chunkedUpload } from "../helpers"
import { cameraLikeJpeg, PDF_BYTES, pngBomb, storedFile, storedFileCount, uploadForm } from "../test-photos"

jest.setTimeout(10 * 60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    const baseUrl = () => (untypedApi as unknown as { defaults: { baseURL: string } }).defaults.baseURL
    let store: TestStore
    let admin: Headers
    let productId = ""

    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api)
      const producer = await createTestProducer(getContainer(), TEST_PRODUCERS.taiHoan)
      const product = await createTestProduct(getContainer(), store, {
        producer,
        title: "Miến dong Tài Hoan",
        handle: "mien-dong-tai-hoan",
        productSet: 7,
        variants: [{ title: "Gói 500 g", priceVnd: 65000, stock: 120 }],
      })
      productId = product.id
    })

    const upload = (files: { bytes: Buffer; name: string; type: string }[]) => answer(api.post("/admin/uploads", uploadForm("files", files), admin))
    const refusalOf = async (file: { bytes: Buffer; name: string; type: string }) => {
      const refused = await upload([file])
      return { status: refused.status, code: refused.data.code, message: refused.data.message }
    }

    it("stores the operator's photo without its EXIF as AVIF and WebP renditions, and the product it is attached to shows them as a producer's photo", async () => {
      const jpeg = await cameraLikeJpeg(1600, 1200)
      expect((await sharp(jpeg).metadata()).exif).toBeDefined()

      const uploaded = await upload([{ bytes: jpeg, name: "IMG_0001.jpg", type: "image/jpeg" }])
      expect(uploaded.status).toBe(200)
      expect(uploaded.data.files).toEqual([{ id: expect.any(String), url: expect.stringMatching(/-1280\.webp$/) }])
      const [file] = uploaded.data.files
      const answered = await sharp(await storedFile(file.url)).metadata()
      expect({ format: answered.format, width: answered.width, exif: answered.exif }).toEqual({ format: "webp", width: 1280, exif: undefined })

      // As Admin's media editor saves: the product's images by URL (and id, for those it had), and the thumbnail.
      const saved = await answer(api.post(`/admin/products/${productId}`, { images: [{ url: file.url }], thumbnail: file.url }, admin))
      expect(saved.status).toBe(200)
      const [image] = saved.data.product.images
      expect(image.url).toBe(file.url)
      expect(image.metadata.photo).toMatchObject({ width: 1600, height: 1200, placeholder: expect.stringMatching(/^data:image\/webp;base64,/) })
      const renditions = image.metadata.photo.renditions as { width: number; format: string; url: string }[]
      expect(new Set(renditions.map((r) => `${r.format} ${r.width}`))).toEqual(
        new Set(["avif 320", "webp 320", "avif 640", "webp 640", "avif 960", "webp 960", "avif 1280", "webp 1280"]),
      )
      for (const rendition of renditions) {
        const metadata = await sharp(await storedFile(rendition.url)).metadata()
        expect({ format: metadata.format === "heif" ? "avif" : metadata.format, width: metadata.width, exif: metadata.exif }).toEqual({
          format: rendition.format,
          width: rendition.width,
          exif: undefined,
        })
      }
      expect(image.metadata.file_ids).toHaveLength(8)

      // The storefront reads the product's images from the store API: the photo's renditions are there.
      const inShop = await api.get(`/store/products/${productId}?region_id=${store.regionId}`, store.storeHeaders)
      expect(inShop.data.product.images).toEqual([expect.objectContaining({ url: file.url, metadata: expect.objectContaining({ photo: image.metadata.photo }) })])

      // Saved again with a second photo, as Admin sends it (the first by id and URL): both keep their renditions, in order.
      const second = await upload([{ bytes: await cameraLikeJpeg(800, 600, { seed: 2 }), name: "IMG_0002.jpg", type: "image/jpeg" }])
      const both = await answer(
        api.post(`/admin/products/${productId}`, { images: [{ id: image.id, url: file.url }, { url: second.data.files[0].url }], thumbnail: file.url }, admin),
      )
      expect(both.status).toBe(200)
      const images = [...both.data.product.images].sort((a: { rank: number }, b: { rank: number }) => a.rank - b.rank)
      expect(images.map((i: { url: string; metadata: { photo: { width: number } } }) => [i.url, i.metadata.photo.width])).toEqual([
        [file.url, 1600],
        [second.data.files[0].url, 800],
      ])
    })

    it("gives a product created in Admin with an uploaded photo that photo's renditions", async () => {
      const uploaded = await upload([{ bytes: await cameraLikeJpeg(1000, 750, { seed: 3 }), name: "IMG_0003.jpg", type: "image/jpeg" }])
      const [file] = uploaded.data.files
      const created = await answer(
        api.post(
          "/admin/products",
          {
            title: "Chè Shan tuyết",
            status: "draft",
            shipping_profile_id: store.shippingProfileId,
            options: [{ title: "Quy cách", values: ["Hộp 100 g"] }],
            variants: [{ title: "Hộp 100 g", options: { "Quy cách": "Hộp 100 g" }, prices: [{ amount: 90000, currency_code: "vnd" }] }],
            images: [{ url: file.url }],
            thumbnail: file.url,
          },
          admin,
        ),
      )
      expect({ status: created.status, message: created.data.message }).toEqual({ status: 200, message: undefined })
      expect(created.data.product.images[0].metadata.photo).toMatchObject({ width: 1000, height: 750 })
    })

    it("refuses what is not a photo, a decompression bomb, an upload too large or sent without its length, no photo or one in another field, each with its code and sentence, storing nothing", async () => {
      const filesBefore = await storedFileCount()
      expect(await refusalOf({ bytes: PDF_BYTES, name: "photo.jpg", type: "image/jpeg" })).toEqual({
        status: 400,
        code: ERROR_CODES.photoNotAnImage,
        message: "The file is not a photo we can read. Upload a JPEG, PNG, WebP or AVIF image.",
      })
      expect(await refusalOf({ bytes: await pngBomb(30_000), name: "anh.png", type: "image/png" })).toEqual({
        status: 400,
        code: ERROR_CODES.photoTooManyPixels,
        message: "The photo is 30000×30000 pixels; at most 40 megapixels are accepted. Resize it and try again.",
      })
      // A photo among others that is refused stores none of them.
      const jpeg = await cameraLikeJpeg(400, 300, { seed: 4 })
      const mixed = await upload([
        { bytes: jpeg, name: "IMG_0004.jpg", type: "image/jpeg" },
        { bytes: PDF_BYTES, name: "bao-gia.jpg", type: "image/jpeg" },
      ])
      expect({ status: mixed.status, code: mixed.data.code }).toEqual({ status: 400, code: ERROR_CODES.photoNotAnImage })
      const forty = Buffer.concat([jpeg, Buffer.alloc(40 * 1024 * 1024 - jpeg.length)])
      expect(await refusalOf({ bytes: forty, name: "IMG_0040.jpg", type: "image/jpeg" })).toEqual({
        status: 400,
        code: ERROR_CODES.photoTooLarge,
        message: "The photo is 40.0 MB; photos may be at most 20 MB.",
      })
      // Larger than an upload may be: refused from its Content-Length, before Medusa reads it into memory.
      const sixty = Buffer.concat([jpeg, Buffer.alloc(60 * 1024 * 1024 - jpeg.length)])
      expect(await refusalOf({ bytes: sixty, name: "IMG_0060.jpg", type: "image/jpeg" })).toEqual({
        status: 400,
        code: ERROR_CODES.photoTooLarge,
        message: "The upload is larger than 40 MB: send photos of at most 20 MB each, one or two at a time.",
      })
      const chunked = await chunkedUpload(`${baseUrl()}/admin/uploads`, admin.headers, "files", sixty)
      expect({ status: chunked.status, message: chunked.data.message }).toEqual({
        status: 400,
        message: "Send the upload with its Content-Length, as a browser does: photos sent in chunks are not accepted here.",
      })
      const none = await answer(api.post("/admin/uploads", new FormData(), admin))
      expect({ status: none.status, code: none.data.code, message: none.data.message }).toEqual({
        status: 400,
        code: ERROR_CODES.photoMissing,
        message: 'The upload has no photo: send each file in the field "files".',
      })
      const wrongField = new FormData()
      wrongField.append("photos", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "IMG_0005.jpg")
      const misplaced = await answer(api.post("/admin/uploads", wrongField, admin))
      expect({ status: misplaced.status, code: misplaced.data.code, message: misplaced.data.message }).toEqual({
        status: 400,
        code: ERROR_CODES.photoMissing,
        message: 'The upload has a file in the field "photos": send each photo in the field "files".',
      })
      const six = uploadForm("files", Array.from({ length: 6 }, (_, i) => ({ bytes: jpeg, name: `IMG_001${i}.jpg`, type: "image/jpeg" })))
      const tooMany = await answer(api.post("/admin/uploads", six, admin))
      expect({ status: tooMany.status, code: tooMany.data.code }).toEqual({ status: 400, code: ERROR_CODES.tooManyPhotos })
      expect(await storedFileCount()).toBe(filesBefore)
    })

    it("lets only a signed-in operator upload", async () => {
      const anonymous = await answer(api.post("/admin/uploads", uploadForm("files", [{ bytes: PDF_BYTES, name: "x.jpg", type: "image/jpeg" }])))
      expect(anonymous.status).toBe(401)
    })
  },
})
