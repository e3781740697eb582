/**
 * Producers' certificates on a real Postgres: a producer uploads one with its decision document
 * (a PDF, whatever its name, or an image stripped of its metadata; anything else refused in a
 * sentence), it is pending and gives the shop's product no star until the operator verifies it;
 * another producer gets 404 and nobody signed in 401; the daily job warns the owners once of a
 * verified certificate expiring within 60 days, and not of one expiring later.
 */
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { presentOcopProduct } from "@ocop/domain/product"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import sharp from "sharp"
import warnExpiringCertificates from "../../src/jobs/warn-expiring-certificates"
import { PRODUCER_NOTICE_TEMPLATES } from "../../src/workflows/steps/send-producer-notices"
import { createTestProduct, type Headers, OCOP_STORE_FIELDS, producerRegistration, setUpStore, signInOperator, type TestProducer, type TestStore } from "../fixtures"
import { storedFile, type UploadedFile, uploadForm } from "../test-photos"
import { answer } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

type Answer = { status: number; data: any }
type Api = { get: (url: string, config?: unknown) => Promise<Answer>; post: (url: string, body?: unknown, config?: unknown) => Promise<Answer> }

/** A PDF's first bytes. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
const HTML = Buffer.from("<!doctype html><html><body><script>alert(1)</script>Quyết định</body></html>")

/** A phone's photo of the signed decision, with the place it was taken in its EXIF. */
function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 250, g: 250, b: 245 } } })
    .withExif({ IFD0: { Make: "PhoneMaker", Model: "P12" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" } })
    .jpeg()
    .toBuffer()
}

const certificateForm = (document: UploadedFile | null, fields: Record<string, string> = FIELDS) => uploadForm("document", document ? [document] : [], fields)

const FIELDS = {
  decision_number: "2751/QĐ-UBND",
  decision_date: "2025-06-20",
  issuing_authority: "UBND tỉnh Thái Nguyên",
  star_rating: "4",
  total_score: "78",
  score_a: "32",
  score_b: "20",
  score_c: "26",
}

/** The decision day whose certificate (valid 36 months) runs out `days` from today in Vietnam. */
function decidedToExpireIn(days: number): string {
  const end = new Date(Date.parse(todayInVietnam()) + days * 24 * 3_600_000)
  return new Date(Date.UTC(end.getUTCFullYear() - 3, end.getUTCMonth(), end.getUTCDate())).toISOString().slice(0, 10)
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
    let nextAddress = 1
    let store: TestStore
    let admin: Headers
    const a = { token: "", productId: "", producer: null as TestProducer | null }
    const b = { token: "", productId: "" }

    async function registerAndSignIn(registration: ReturnType<typeof producerRegistration>) {
      const registered = await answer(api.post("/producer/registrations", registration, { headers: { "x-forwarded-for": `198.51.100.${nextAddress++}` } }))
      expect(registered.status).toBe(202)
      const { data } = await api.get(`/admin/producers?q=${encodeURIComponent(registration.name)}`, admin)
      const producerId = data.producers[0].id as string
      await api.post(`/admin/producers/${producerId}/approve`, {}, admin)
      const signedIn = await api.post("/auth/producer_member/emailpass", { email: registration.owner.email, password: registration.owner.password })
      const locationId = (await api.get(`/admin/producers/${producerId}`, admin)).data.producer.stock_location.id as string
      return { token: signedIn.data.token as string, producer: { id: producerId, handle: "", name: registration.name, provinceCode: registration.province_code, locationId } }
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
      a.producer = taiHoan.producer
      b.token = other.token
      const mienDong = await createTestProduct(container, store, {
        producer: taiHoan.producer,
        title: "Miến dong Tài Hoan",
        handle: "mien-dong-tai-hoan",
        productSet: 7,
        variants: [{ title: "Gói 500 g", priceVnd: 65_000, stock: 40 }],
      })
      const banhNhan = await createTestProduct(container, store, {
        producer: other.producer,
        title: "Bánh nhãn Hải Hậu",
        handle: "banh-nhan-hai-hau",
        productSet: 7,
        variants: [{ title: "Gói 300 g", priceVnd: 45_000, stock: 10 }],
      })
      a.productId = mienDong.id
      b.productId = banhNhan.id
    })

    const upload = (form: FormData, token = a.token, productId = a.productId) => answer(api.post(`/producer/products/${productId}/certificates`, form, bearer(token)))
    const shopOcop = async () =>
      presentOcopProduct((await api.get(`/store/products/${a.productId}?fields=${encodeURIComponent(OCOP_STORE_FIELDS)}`, store.storeHeaders)).data.product).ocop

    it("records an upload as pending, with no star on the shop, until the operator verifies it", async () => {
      // A PDF named as a photo is a PDF: the kind is read from the bytes, and PDFs are welcome.
      const created = await upload(certificateForm({ bytes: PDF, name: "quyet-dinh.jpg", type: "image/jpeg" }))
      expect(created.status).toBe(201)
      const certificate = created.data.certificate
      expect(certificate).toMatchObject({
        decision_number: "2751/QĐ-UBND",
        decision_date: "2025-06-20",
        issuing_authority: "UBND tỉnh Thái Nguyên",
        star_rating: 4,
        total_score: 78,
        score_a: 32,
        valid_until: "2028-06-20",
        verified: false,
        state: "pending",
        product: { id: a.productId, title: "Miến dong Tài Hoan" },
      })
      expect(certificate.document_url).toMatch(/\.pdf$/)
      expect((await storedFile(certificate.document_url)).equals(PDF)).toBe(true)

      expect(await shopOcop()).toMatchObject({ standing: "unverified", star_rating: null, current_certificate: null })
      expect((await api.get(`/producer/products/${a.productId}/certificates`, bearer(a.token))).data.certificates.map((c: any) => [c.id, c.state])).toEqual([[certificate.id, "pending"]])
      expect((await api.get(`/producer/certificates/${certificate.id}`, bearer(a.token))).data.certificate).toMatchObject({ id: certificate.id, state: "pending" })

      // The operator sees it in the product's OCOP panel with its document, and verifies it.
      const panel = await api.get(`/admin/products/${a.productId}/ocop`, admin)
      expect(panel.data.product.certificates).toEqual([
        expect.objectContaining({ id: certificate.id, verified: false, document_url: certificate.document_url, submitted_by_producer_id: a.producer!.id }),
      ])
      const queue = await api.get("/admin/certificates/pending", admin)
      expect(queue.data.certificates).toEqual([
        expect.objectContaining({ id: certificate.id, document_url: certificate.document_url, product: { id: a.productId, title: "Miến dong Tài Hoan" }, producer: { id: a.producer!.id, name: "HTX Tài Hoan" } }),
      ])
      expect((await answer(api.post(`/admin/certificates/${certificate.id}`, { verified: true }, admin))).status).toBe(200)
      expect((await api.get("/admin/certificates/pending", admin)).data.certificates).toEqual([])
      expect(await shopOcop()).toMatchObject({ standing: "certified", star_rating: 4, current_certificate: { id: certificate.id } })
      expect((await api.get(`/producer/certificates/${certificate.id}`, bearer(a.token))).data.certificate).toMatchObject({ verified: true, state: "valid" })
    })

    it("keeps a photo of the decision without its camera metadata, and refuses what is not a PDF or an image in a sentence", async () => {
      const photo = await upload(certificateForm({ bytes: await phoneJpeg(), name: "IMG_0042.jpg", type: "image/jpeg" }))
      expect(photo.status).toBe(201)
      const stored = await sharp(await storedFile(photo.data.certificate.document_url)).metadata()
      expect({ format: stored.format, exif: stored.exif }).toEqual({ format: "jpeg", exif: undefined })

      const html = await upload(certificateForm({ bytes: HTML, name: "quyet-dinh.pdf", type: "application/pdf" }))
      expect(html.status).toBe(400)
      expect(html.data.message).toMatch(/^document: the file is not a PDF or an image, whatever its name says\. Upload a PDF, or a JPEG, PNG or WebP image/)

      const bare = await upload(certificateForm(null, { decision_number: " ", star_rating: "6", total_score: "78", decision_date: "2099-01-01", issuing_authority: "UBND" }))
      expect(bare.status).toBe(400)
      expect(bare.data.message).toMatch(/^document: attach the decision document/)
      expect(bare.data.message).toMatch(/decision_number is needed/)
      expect(bare.data.message).toMatch(/decision_date: The decision date 2099-01-01 is after today/)

      const band = await upload(certificateForm({ bytes: PDF, name: "qd.pdf", type: "application/pdf" }, { ...FIELDS, star_rating: "5" }))
      expect(band.status).toBe(400)
      expect(band.data.message).toMatch(/78/)

      const notMultipart = await answer(api.post(`/producer/products/${a.productId}/certificates`, FIELDS, bearer(a.token)))
      expect({ status: notMultipart.status, message: notMultipart.data.message }).toEqual({ status: 400, message: expect.stringMatching(/multipart\/form-data/) })
      // Only the photo's certificate was recorded: no refused upload left a certificate behind.
      expect((await api.get(`/producer/products/${a.productId}/certificates`, bearer(a.token))).data.certificates).toHaveLength(1)
    })

    it("answers another producer's certificate with 404 and nobody signed in with 401", async () => {
      const created = await upload(certificateForm({ bytes: PDF, name: "qd.pdf", type: "application/pdf" }))
      const id = created.data.certificate.id
      const theirs = await answer(api.get(`/producer/certificates/${id}`, bearer(b.token)))
      expect({ status: theirs.status, data: theirs.data }).toEqual({ status: 404, data: { type: "not_found", message: `This producer has no certificate ${id}.` } })
      expect((await answer(api.get(`/producer/products/${a.productId}/certificates`, bearer(b.token)))).status).toBe(404)
      expect((await upload(certificateForm({ bytes: PDF, name: "qd.pdf", type: "application/pdf" }), b.token)).status).toBe(404)
      expect((await api.get("/producer/certificates", bearer(b.token))).data.certificates).toEqual([])
      expect((await answer(api.get(`/producer/certificates/${id}`))).status).toBe(401)
      expect((await answer(api.post(`/producer/products/${a.productId}/certificates`, certificateForm({ bytes: PDF, name: "qd.pdf", type: "application/pdf" })))).status).toBe(401)
    })

    it("warns the owners once of a verified certificate expiring in 30 days, not of one expiring in 90", async () => {
      const container = getContainer()
      const productExpiring = (handle: string, days: number) =>
        createTestProduct(container, store, {
          producer: a.producer!,
          title: `Miến dong ${handle}`,
          handle,
          productSet: 7,
          variants: [{ title: "Gói 500 g", priceVnd: 65_000, stock: 5 }],
          certificates: [{ decision_number: `${days}/QĐ-UBND`, decision_date: decidedToExpireIn(days), issuing_authority: "UBND tỉnh Thái Nguyên", star_rating: 4, total_score: 78 }],
        })
      const soon = await productExpiring("mien-30", 30)
      await productExpiring("mien-90", 90)
      const notices = () => container.resolve(Modules.NOTIFICATION).listNotifications({ template: PRODUCER_NOTICE_TEMPLATES.certificateExpiring })

      await warnExpiringCertificates(container)
      const sent = await notices()
      expect(sent.map((notice) => ({ to: notice.to, channel: notice.channel, decision: (notice.data as any).decision_number, days: (notice.data as any).days_left }))).toEqual([
        { to: "lan@htx-tai-hoan.vn", channel: "email", decision: "30/QĐ-UBND", days: 30 },
      ])
      const [certificate] = (await api.get(`/producer/products/${soon.id}/certificates`, bearer(a.token))).data.certificates
      expect(certificate).toMatchObject({ state: "expiring_soon", days_left: 30 })

      await warnExpiringCertificates(container)
      expect(await notices()).toHaveLength(1)
    })
  },
})
