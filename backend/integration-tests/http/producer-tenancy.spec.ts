/**
 * The producer API on a real Postgres: no producer ever sees another's data. The routes are read
 * from the route files under src/api/producer, so a new route meets the matrix without anyone
 * adding it: without a session (or with a buyer's or an operator's) every route but the public
 * ones answers 401; with producer A's member, every route naming producer B (by x-producer-id or
 * by a resource id in its path) answers 404. Then what producers and the programme office do:
 * registration and its refusals, members and invitations, approval, rejection and suspension with
 * the notifications each sends, and what a producer that is not approved may not do.
 */
import { readdirSync } from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCER_HEADER, PUBLIC_PRODUCER_ROUTES } from "../../src/lib/producer-access"
import { PRODUCT_BATCH_MODULE } from "../../src/modules/product-batch"
import type ProductBatchModuleService from "../../src/modules/product-batch/service"
import { MANUAL_FULFILLMENT_PROVIDER_ID } from "../../src/lib/store-setup"
import { REGISTRATION_RECEIVED_MESSAGE } from "../../src/api/producer/registrations/route"
import { attachVideoLinkWorkflow } from "../../src/workflows/attach-video-link"
import { recordCertificateWorkflow } from "../../src/workflows/record-certificate"
import { PRODUCER_NOTICE_TEMPLATES } from "../../src/workflows/steps/send-producer-notices"
import { REGISTRATION_ATTEMPTED_TEMPLATE } from "../../src/subscribers/tell-owner-of-registration-attempt"
import { type Headers, producerRegistration, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { answer, eventually } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

type Answer = { status: number; data: any; headers: Record<string, unknown> }
type Api = {
  get: (url: string, config?: unknown) => Promise<Answer>
  post: (url: string, body?: unknown, config?: unknown) => Promise<Answer>
  delete: (url: string, config?: unknown) => Promise<Answer>
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
type Route = { method: (typeof HTTP_METHODS)[number]; path: string }

const PRODUCER_API = path.join(__dirname, "..", "..", "src", "api", "producer")

/** Every route of the producer API as Medusa serves it: each route file's exported methods, `[id]` as `:id`. */
async function producerRoutes(directory = PRODUCER_API): Promise<Route[]> {
  const routes: Route[] = []
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) routes.push(...(await producerRoutes(full)))
    else if (/^route\.[jt]s$/.test(entry.name)) {
      const exported = await import(full)
      const routePath = `/producer/${path.relative(PRODUCER_API, directory)}`.replace(/\/$/, "").replace(/\[([^\]]+)\]/g, ":$1")
      for (const method of HTTP_METHODS) if (typeof exported[method] === "function") routes.push({ method, path: routePath })
    }
  }
  return routes
}

const isPublic = (route: Route) => PUBLIC_PRODUCER_ROUTES.some((open) => open.method === route.method && open.path === route.path)
const named = (route: Route) => `${route.method} ${route.path}`

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    // Registrations are counted per client address (10 in ten minutes); each one here comes from
    // an address of its own, as the test client connects through a trusted proxy (127.0.0.1).
    let nextAddress = 1
    const fromNewAddress = () => ({ "x-forwarded-for": `198.51.100.${nextAddress++}` })
    const bearer = (token: string, extra: Record<string, string> = {}): Headers => ({ headers: { authorization: `Bearer ${token}`, ...extra } })

    const register = (body: unknown, headers: Record<string, string> = {}) =>
      answer(api.post("/producer/registrations", body, { headers: { ...fromNewAddress(), ...headers } }))

    async function signIn(email: string, password: string, actor = "producer_member"): Promise<string> {
      const { data } = await api.post(`/auth/${actor}/emailpass`, { email, password })
      return data.token
    }

    let store: TestStore
    let admin: Headers
    /** Producer A (registered, then approved in beforeAll) and B (still pending), each with its owner signed in. */
    const a = { producerId: "", ownerId: "", productId: "", variantId: "", photoId: "", token: "", orderId: "", parcelId: "", batchId: "", certificateId: "", videoId: "" }
    const b = { producerId: "", ownerId: "", productId: "", variantId: "", photoId: "", token: "", orderId: "", parcelId: "", batchId: "", certificateId: "", videoId: "" }
    let buyer: Headers

    const producerNamed = async (name: string) => {
      const { data } = await api.get(`/admin/producers?q=${encodeURIComponent(name)}`, admin)
      return data.producers as { id: string; handle: string; status: string; status_reason: string | null }[]
    }

    /** A draft of the producer's, with one pack and one photo, so each kind of resource under a product has an id to try. */
    const draftProductOf = async (producerId: string, title: string, handle: string) => {
      const { data } = await api.post(
        "/admin/products",
        {
          title,
          handle,
          status: "draft",
          options: [{ title: "Quy cách", values: ["Gói 500 g"] }],
          variants: [{ title: "Gói 500 g", options: { "Quy cách": "Gói 500 g" }, prices: [{ amount: 65000, currency_code: "vnd" }] }],
          sales_channels: [{ id: store.webChannelId }],
          images: [{ url: `http://localhost/static/${handle}.webp` }],
          additional_data: { producer_id: producerId, product_set_id: store.productSetId(7) },
        },
        admin,
      )
      return { productId: data.product.id as string, variantId: data.product.variants[0].id as string, photoId: data.product.images[0].id as string }
    }

    const notices = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)

    /**
     * Orders of the producers' drafts, written straight to the order module (no one can buy a draft):
     * one with a line of A's and a line of B's, each with its producer's parcel from its location,
     * which is A's order; and one with B's line alone, which is B's.
     */
    async function createOrdersOfBoth(container: MedusaContainer) {
      const orders = container.resolve(Modules.ORDER)
      const line = (who: typeof a) => ({ title: "Gói 500 g", quantity: 1, unit_price: 65000, product_id: who.productId })
      const order = { region_id: store.regionId, currency_code: "vnd", email: "buyer@example.vn" }
      const [shared, bsOnly] = await orders.createOrders([
        { ...order, items: [line(a), line(b)] },
        { ...order, items: [line(b)] },
      ])
      const { data: items } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["items.id", "items.product_id"], filters: { id: shared!.id } })
      for (const who of [a, b]) {
        const locationId = (await api.get(`/admin/producers/${who.producerId}`, admin)).data.producer.stock_location.id
        const lineId = (items[0] as { items: { id: string; product_id: string }[] }).items.find((item) => item.product_id === who.productId)!.id
        const parcel = await container.resolve(Modules.FULFILLMENT).createFulfillment({
          location_id: locationId,
          provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
          delivery_address: {},
          items: [{ title: "Gói 500 g", sku: "", barcode: "", quantity: 1, line_item_id: lineId }],
          labels: [],
          order: {},
        })
        await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.ORDER]: { order_id: shared!.id }, [Modules.FULFILLMENT]: { fulfillment_id: parcel.id } })
        who.parcelId = parcel.id
      }
      a.orderId = shared!.id
      b.orderId = bsOnly!.id
    }

    async function createBuyer(container: MedusaContainer, email: string, password: string) {
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as Parameters<typeof auth.register>[1])
      await createCustomerAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, customerData: { email } } })
    }

    // Once: the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api)

      expect((await register(producerRegistration())).status).toBe(202)
      expect(
        (
          await register(
            producerRegistration(
              { name: "Hộ kinh doanh Lưu Liên Phương", kind: "household", business_registration_number: "0601293847", province_code: "37", commune_code: "14215", address_as_issued: "xã Hải Bắc, huyện Hải Hậu, tỉnh Nam Định" },
              { name: "Lưu Liên Phương", email: "phuong@banh-nhan.vn", password: "banh-nhan-2025" },
            ),
          )
        ).status,
      ).toBe(202)
      a.producerId = (await producerNamed("HTX Tài Hoan"))[0]!.id
      b.producerId = (await producerNamed("Lưu Liên Phương"))[0]!.id
      await api.post(`/admin/producers/${a.producerId}/approve`, {}, admin)

      a.token = await signIn("lan@htx-tai-hoan.vn", "mien-dong-2025")
      b.token = await signIn("phuong@banh-nhan.vn", "banh-nhan-2025")
      a.ownerId = (await api.get("/producer/me", bearer(a.token))).data.member.id
      b.ownerId = (await api.get("/producer/me", bearer(b.token))).data.member.id
      Object.assign(a, await draftProductOf(a.producerId, "Miến dong Tài Hoan", "mien-dong-tai-hoan"))
      Object.assign(b, await draftProductOf(b.producerId, "Bánh nhãn Hải Hậu", "banh-nhan-hai-hau"))
      await createOrdersOfBoth(getContainer())
      for (const who of [a, b]) {
        const batch = await getContainer()
          .resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE)
          .createProductBatches({ producer_id: who.producerId, product_id: who.productId, variant_id: who.variantId, lot_code: "L2025-11A", quantity: 100, produced_on: "2025-11-01", best_before: "2026-11-01" })
        who.batchId = batch.id
        const { result: certificate } = await recordCertificateWorkflow(getContainer()).run({
          input: { product_id: who.productId, product_set_id: store.productSetId(7), decision_number: "2751/QĐ-UBND", decision_date: "2025-06-20", issuing_authority: "UBND tỉnh Thái Nguyên", star_rating: 4, total_score: 78 },
        })
        who.certificateId = certificate.id
        const { result: video } = await attachVideoLinkWorkflow(getContainer()).run({
          input: { product_id: who.productId, producer_id: who.producerId, url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ", title: "Livestream", kind: "live" },
        })
        who.videoId = video.id
      }

      await createBuyer(getContainer(), "buyer@example.vn", "ocop-buyer-2025")
      buyer = bearer(await signIn("buyer@example.vn", "ocop-buyer-2025", "customer"))
    })

    describe("the guard", () => {
      let routes: Route[]
      beforeAll(async () => {
        routes = await producerRoutes()
      })

      /** The path parameters naming producer B's (or A's) resources, for each route that names one; a new such route needs its entry here. */
      const resourcesOf = (who: typeof a, route: Route): Record<string, string> | undefined => {
        const product = { id: who.productId }
        return (
          {
            "/producer/members/:id": { id: who.ownerId },
            "/producer/products/:id": product,
            "/producer/products/:id/submit": product,
            "/producer/products/:id/variants": product,
            "/producer/products/:id/photos": product,
            "/producer/products/:id/batches": product,
            "/producer/batches/:id": { id: who.batchId },
            "/producer/products/:id/certificates": product,
            "/producer/products/:id/video-links": product,
            "/producer/certificates/:id": { id: who.certificateId },
            // A's product with B's pack or photo: the pack or photo is what another producer's is.
            "/producer/products/:id/variants/:variant_id": { id: a.productId, variant_id: who.variantId },
            "/producer/products/:id/photos/:photo_id": { id: a.productId, photo_id: who.photoId },
            "/producer/products/:id/video-links/:video_id": { id: a.productId, video_id: who.videoId },
            "/producer/orders/:id": { id: who.orderId },
            "/producer/orders/:id/fulfillments": { id: who.orderId },
            // B's parcel of the order that holds A's line too: the parcel is what another producer's is.
            "/producer/orders/:id/fulfillments/:fulfillment_id/shipments": { id: a.orderId, fulfillment_id: who.parcelId },
            "/producer/orders/:id/fulfillments/:fulfillment_id/delivered": { id: a.orderId, fulfillment_id: who.parcelId },
          } as Record<string, Record<string, string>>
        )[route.path]
      }
      const resourceOfB = (route: Route) => resourcesOf(b, route)
      const resourceOfA = (route: Route) => resourcesOf(a, route)
      const withId = (route: Route, params: Record<string, string> | undefined) =>
        route.path.replace(/:(\w+)/g, (_, name: string) => params?.[name] ?? "x")
      /** The id the 404 names: the deepest of the path. */
      const namedId = (route: Route, params: Record<string, string>) => params[[...route.path.matchAll(/:(\w+)/g)].at(-1)![1]!]!
      /** Archiving and removing last, the deepest first, so the routes after them still find A's resources. */
      const inOrderOfHarm = (routes: Route[]) =>
        [...routes].sort((x, y) => Number(x.method === "DELETE") - Number(y.method === "DELETE") || (x.method === "DELETE" ? y.path.length - x.path.length : 0))
      const call = (route: Route, url: string, config?: unknown) => {
        if (route.method === "GET") return answer(api.get(url, config))
        if (route.method === "DELETE") return answer(api.delete(url, config))
        return answer(api.post(url, {}, config))
      }

      it("finds the producer API's routes in its files, of which registering and accepting an invitation alone are public", () => {
        expect(routes.map(named)).toEqual(
          expect.arrayContaining([
            "GET /producer/me",
            "GET /producer/members",
            "POST /producer/members",
            "GET /producer/members/:id",
            "DELETE /producer/members/:id",
            "POST /producer/registrations",
            "POST /producer/invites/accept",
            "GET /producer/products",
            "POST /producer/products",
            "POST /producer/products/:id",
            "DELETE /producer/products/:id",
            "POST /producer/products/:id/variants",
            "POST /producer/products/:id/variants/:variant_id",
            "DELETE /producer/products/:id/variants/:variant_id",
            "POST /producer/products/:id/photos",
            "POST /producer/products/:id/photos/:photo_id",
            "DELETE /producer/products/:id/photos/:photo_id",
            "GET /producer/products/:id/batches",
            "POST /producer/products/:id/batches",
            "GET /producer/batches/:id",
            "GET /producer/products/:id/certificates",
            "POST /producer/products/:id/certificates",
            "GET /producer/products/:id/video-links",
            "POST /producer/products/:id/video-links",
            "DELETE /producer/products/:id/video-links/:video_id",
            "GET /producer/certificates",
            "GET /producer/certificates/:id",
            "GET /producer/orders",
            "GET /producer/orders/:id",
            "POST /producer/orders/:id/fulfillments",
            "POST /producer/orders/:id/fulfillments/:fulfillment_id/shipments",
            "POST /producer/orders/:id/fulfillments/:fulfillment_id/delivered",
          ]),
        )
        expect(routes.filter(isPublic).map(named).sort()).toEqual(["POST /producer/invites/accept", "POST /producer/registrations"])
        expect(PUBLIC_PRODUCER_ROUTES).toHaveLength(2)
      })

      it("answers 401 on every other route without a session, with a buyer's and with an operator's", async () => {
        const guarded = routes.filter((route) => !isPublic(route))
        for (const route of guarded) {
          const url = withId(route, resourceOfA(route))
          for (const [who, config] of [["nobody", undefined], ["a buyer", buyer], ["an operator", admin]] as const) {
            const response = await call(route, url, config)
            expect({ route: named(route), who, status: response.status }).toEqual({ route: named(route), who, status: 401 })
          }
        }
        // Express routes paths in any case and with a trailing slash: so does the guard.
        expect((await answer(api.get("/producer/ME/"))).status).toBe(401)
      })

      it("answers every route that names producer B with the 404 of an unknown id, for A's owner", async () => {
        for (const route of inOrderOfHarm(routes.filter((route) => !isPublic(route) && route.path.includes(":")))) {
          const params = resourceOfB(route)
          if (!params) throw new Error(`${named(route)} names a resource: give producer B's in resourcesOf so the matrix tries it.`)
          // A pack or photo of B's under A's product, and under B's own product (which the product's check refuses first).
          const underBsProduct = params.id !== b.productId && route.path.startsWith("/producer/products/")
          const tries = [{ params, id: namedId(route, params) }, ...(underBsProduct ? [{ params: { ...params, id: b.productId }, id: b.productId }] : [])]
          for (const { params, id } of tries) {
            const theirs = await call(route, withId(route, params), bearer(a.token))
            expect({ route: named(route), status: theirs.status, data: theirs.data }).toEqual({
              route: named(route),
              status: 404,
              data: { type: "not_found", message: expect.stringContaining(id) },
            })
          }
          // The same route with A's own resource is answered, so the 404 above is the guard's.
          const own = await call(route, withId(route, resourceOfA(route)), bearer(a.token))
          expect({ route: named(route), ownIsFound: own.status !== 404 }).toEqual({ route: named(route), ownIsFound: true })
        }
        // B's product is untouched: still a draft, with its pack and its photo.
        const { data } = await api.get(`/admin/products/${b.productId}`, admin)
        expect(data.product).toMatchObject({ status: "draft", variants: [{ id: b.variantId }], images: [{ id: b.photoId }] })
      })

      it("answers 404 on every route for A's owner asking as producer B with x-producer-id", async () => {
        for (const route of routes.filter((route) => !isPublic(route))) {
          const response = await call(route, withId(route, resourceOfA(route)), bearer(a.token, { [PRODUCER_HEADER]: b.producerId }))
          expect({ route: named(route), status: response.status, message: response.data.message }).toEqual({
            route: named(route),
            status: 404,
            message: `No producer ${b.producerId} is among the producers you work for.`,
          })
        }
      })

      it("lets a session cookie in as a bearer token does, and never another producer's data", async () => {
        const { headers } = await api.post("/auth/session", {}, bearer(b.token))
        const cookie = { headers: { cookie: String(headers["set-cookie"]).split(";")[0] } }
        const me = await api.get("/producer/me", cookie)
        expect(me.data.producer).toMatchObject({ id: b.producerId, status: "pending", role: "owner" })
        expect((await answer(api.get(`/producer/members/${a.ownerId}`, cookie))).status).toBe(404)
      })
    })

    describe("registration", () => {
      it("makes the producer pending with its owner, who signs in and reads it on /producer/me", async () => {
        const { data } = await api.get("/producer/me", bearer(b.token))
        expect(data).toEqual({
          member: { id: b.ownerId, email: "phuong@banh-nhan.vn", name: "Lưu Liên Phương", phone: null },
          producer: expect.objectContaining({
            id: b.producerId,
            handle: "ho-kinh-doanh-luu-lien-phuong",
            name: "Hộ kinh doanh Lưu Liên Phương",
            kind: "household",
            status: "pending",
            status_reason: null,
            business_registration_number: "0601293847",
            phone: "0912345678",
            email: "phuong@banh-nhan.vn",
            contact_name: "Lưu Liên Phương",
            province_code: "37",
            commune_code: "14215",
            role: "owner",
          }),
          memberships: [{ role: "owner", producer: expect.objectContaining({ id: b.producerId, status: "pending" }) }],
        })
        const { data: pending } = await api.get("/admin/producers?status=pending", admin)
        expect(pending.producers.map((producer: { id: string }) => producer.id)).toEqual([b.producerId])
        // The producer has its own stock location, as one the Admin creates.
        expect((await api.get(`/admin/producers/${b.producerId}`, admin)).data.producer.stock_location.name).toBe("Kho Hộ kinh doanh Lưu Liên Phương")
        expect(await notices({ to: "phuong@banh-nhan.vn", template: PRODUCER_NOTICE_TEMPLATES.registered })).toEqual([
          expect.objectContaining({ channel: "email", data: { producer_id: b.producerId, producer_name: "Hộ kinh doanh Lưu Liên Phương" } }),
        ])
      })

      it("stores the names NFC however they are typed, and gives a second producer of the same name a handle of its own", async () => {
        const decomposed = producerRegistration({ name: "HTX Tài Hoan".normalize("NFD") }, { name: "Hoàng Văn Minh".normalize("NFD"), email: "minh@htx-tai-hoan.vn" })
        expect((await register(decomposed)).status).toBe(202)
        const token = await signIn("minh@htx-tai-hoan.vn", "mien-dong-2025")
        const { data } = await api.get("/producer/me", bearer(token))
        expect(data.producer).toMatchObject({ name: "HTX Tài Hoan", handle: "htx-tai-hoan-2", status: "pending" })
        expect(data.member.name).toBe("Hoàng Văn Minh")
        expect(data.producer.name).toBe(data.producer.name.normalize("NFC"))
      })

      it.each([
        ["no name", { name: "  " }, {}, /^name: Give the producer's name as its business registration writes it/],
        ["a kind that is none of the three", { kind: "company" }, {}, /kind is cooperative, household or enterprise\./],
        ["a registration number of 9 digits", { business_registration_number: "470012345" }, {}, /A business registration number is 10 digits/],
        ["no phone", { phone: undefined }, {}, /Give a phone number the programme office can call \(phone\)\./],
        ["a phone that is not Vietnamese", { phone: "+1 202 555 0100" }, {}, /not a Vietnamese mobile or landline number/],
        ["a province that is not one of the 34", { province_code: "99" }, {}, /Province code "99" is not one of Vietnam's 34 provinces since 2025-07-01\./],
        ["a commune of another province", { commune_code: "14215" }, {}, /Commune code "14215" is not a commune or ward of Tỉnh Thái Nguyên\./],
        ["no commune", { commune_code: undefined }, {}, /Give the 2025 commune or ward code \(commune_code\)/],
        ["an address longer than its limit", { address_as_issued: "x".repeat(501) }, {}, /address_as_issued is longer than 500 characters: shorten it\./],
        ["no owner", { owner: undefined }, {}, /Say who registers \(owner\)/],
        ["an owner's email that is none", {}, { email: "lan-at-htx" }, /owner\.email is not an email address/],
        ["a short password", {}, { password: "2025" }, /A password has at least 8 characters: choose a longer one\./],
        ["the email as the password", {}, { password: "LAN@htx-tai-hoan.vn" }, /too easy to guess/],
        ["no password and no session", {}, { password: undefined }, /Give your email \(owner\.email\) and choose a password \(owner\.password\)/],
        ["a field it does not take", { status: "approved" }, {}, /status: not a field of this request, leave it out\./],
      ])("refuses %s with 400 and a sentence to act on, making nothing", async (_case, overrides, owner, message) => {
        const refused = await register(producerRegistration(overrides, owner))
        expect({ status: refused.status, type: refused.data.type }).toEqual({ status: 400, type: "invalid_data" })
        expect(refused.data.message).toMatch(message)
        const { data } = await api.get("/admin/producers", admin)
        expect(data.count).toBe(2)
        const logins = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "lan@htx-tai-hoan.vn" })
        expect(logins).toHaveLength(1)
      })

      it("answers an email that already has a login as it answers a new one, makes nothing and tells its owner", async () => {
        const taken = await register(producerRegistration({ name: "HTX Giả Mạo" }, { password: "another-password-1" }))
        const fresh = await register(producerRegistration({ name: "HTX Nông sản Côn Minh" }, { email: "new@con-minh.vn" }))
        expect(taken.status).toBe(202)
        expect(taken.data).toEqual({ message: REGISTRATION_RECEIVED_MESSAGE })
        expect(taken.data).toEqual(fresh.data)
        expect(await producerNamed("HTX Giả Mạo")).toEqual([])
        expect(await producerNamed("HTX Nông sản Côn Minh")).toHaveLength(1)
        const told = await eventually(
          () => notices({ to: "lan@htx-tai-hoan.vn", template: REGISTRATION_ATTEMPTED_TEMPLATE }),
          (found) => found.length > 0,
        )
        expect(told).toEqual([expect.objectContaining({ channel: "email", data: { actor_type: "producer_member" } })])
        // Its owner's password still signs in; the one the attempt chose does not.
        expect(await signIn("lan@htx-tai-hoan.vn", "mien-dong-2025")).toEqual(expect.any(String))
        expect((await answer(api.post("/auth/producer_member/emailpass", { email: "lan@htx-tai-hoan.vn", password: "another-password-1" }))).status).toBe(401)
      })

      it("registers a second producer for a member who is signed in, who then chooses which one a request is for", async () => {
        const second = await register(
          producerRegistration({ name: "HTX Dược liệu Côn Minh", business_registration_number: "4700999888" }, { email: undefined, password: undefined }),
          { authorization: `Bearer ${a.token}` },
        )
        expect(second.status).toBe(201)
        expect(second.data.producer).toMatchObject({ name: "HTX Dược liệu Côn Minh", status: "pending" })
        const secondId = second.data.producer.id

        const me = await api.get("/producer/me", bearer(a.token))
        expect(me.data.producer).toBeNull()
        expect(me.data.memberships.map((m: { role: string; producer: { id: string } }) => [m.producer.id, m.role]).sort()).toEqual(
          [[a.producerId, "owner"], [secondId, "owner"]].sort(),
        )
        const unchosen = await answer(api.get("/producer/members", bearer(a.token)))
        expect(unchosen.status).toBe(400)
        expect(unchosen.data).toMatchObject({ code: "producer_not_chosen", message: expect.stringContaining(PRODUCER_HEADER) })
        const chosen = await api.get("/producer/me", bearer(a.token, { [PRODUCER_HEADER]: secondId }))
        expect(chosen.data.producer).toMatchObject({ id: secondId, status: "pending", role: "owner" })
        // Signed in, email and password belong to the login already.
        const doubled = await register(producerRegistration({ name: "HTX Thứ Ba" }), { authorization: `Bearer ${a.token}` })
        expect(doubled.status).toBe(400)
        expect(doubled.data.message).toMatch(/leave out owner\.email and owner\.password/)
      })

      it("makes a buyer's login a producer's owner when the buyer registers signed in as a producer member", async () => {
        const token = await signIn("buyer@example.vn", "ocop-buyer-2025")
        const registered = await register(
          producerRegistration({ name: "Hộ kinh doanh Mật ong Bắc Kạn", kind: "household" }, { name: "Trần Văn Bình", email: undefined, password: undefined }),
          { authorization: `Bearer ${token}` },
        )
        expect(registered.status).toBe(201)
        const me = await api.get("/producer/me", bearer(await signIn("buyer@example.vn", "ocop-buyer-2025")))
        expect(me.data).toMatchObject({ member: { email: "buyer@example.vn", name: "Trần Văn Bình" }, producer: { status: "pending", role: "owner" } })
        // The same login still shops as the buyer.
        expect((await api.get("/store/customers/me", { headers: { ...buyer.headers, ...store.storeHeaders.headers } })).status).toBe(200)
      })
    })

    describe("members and invitations", () => {
      const invite = (email: string, token = a.token, role?: string) =>
        answer(api.post("/producer/members", { email, ...(role ? { role } : {}) }, bearer(token)))
      const inviteToken = async (email: string) => {
        const [notice] = await notices({ to: email, template: PRODUCER_NOTICE_TEMPLATES.invited })
        return notice!.data!.token as string
      }

      it("lets the owner invite staff, who accept with a name and a password, sign in and see the producer's members", async () => {
        const invited = await invite("hoa@htx-tai-hoan.vn")
        expect(invited.status).toBe(201)
        expect(invited.data.invite).toMatchObject({ email: "hoa@htx-tai-hoan.vn", role: "staff" })
        const [notice] = await notices({ to: "hoa@htx-tai-hoan.vn", template: PRODUCER_NOTICE_TEMPLATES.invited })
        expect(notice).toMatchObject({ channel: "email", data: { producer_id: a.producerId, producer_name: "HTX Tài Hoan", role: "staff", token: expect.any(String) } })
        expect((await api.get("/producer/members", bearer(a.token))).data.invites).toEqual([expect.objectContaining({ email: "hoa@htx-tai-hoan.vn" })])

        const accepted = await api.post("/producer/invites/accept", { token: notice!.data!.token, name: "Phạm Thị Hoa", password: "so-sach-2025" })
        expect(accepted.data).toMatchObject({ member: { email: "hoa@htx-tai-hoan.vn", name: "Phạm Thị Hoa" }, producer: { id: a.producerId }, role: "staff" })
        const staff = await signIn("hoa@htx-tai-hoan.vn", "so-sach-2025")
        const { data } = await api.get("/producer/members", bearer(staff))
        expect(data.members.map((m: { email: string; role: string }) => [m.email, m.role]).sort()).toEqual([
          ["hoa@htx-tai-hoan.vn", "staff"],
          ["lan@htx-tai-hoan.vn", "owner"],
        ])
        expect(data.invites).toEqual([])
        expect((await api.get(`/producer/members/${a.ownerId}`, bearer(staff))).data.member).toMatchObject({ email: "lan@htx-tai-hoan.vn", role: "owner" })

        // The token works once.
        const again = await answer(api.post("/producer/invites/accept", { token: notice!.data!.token, name: "Ai đó", password: "so-sach-2025" }))
        expect(again.status).toBe(400)
        expect(again.data).toMatchObject({ code: "invite_not_valid", message: expect.stringMatching(/Ask the producer's owner to invite you again\./) })
      })

      it("refuses staff who invite or remove members with 403, and an invitation accepted without a password for a new login", async () => {
        await invite("hoa@htx-tai-hoan.vn")
        const token = await inviteToken("hoa@htx-tai-hoan.vn")
        const noPassword = await answer(api.post("/producer/invites/accept", { token, name: "Phạm Thị Hoa" }))
        expect(noPassword.status).toBe(400)
        expect(noPassword.data.message).toBe("Choose a password to sign in with.")
        await api.post("/producer/invites/accept", { token, name: "Phạm Thị Hoa", password: "so-sach-2025" })
        const staff = await signIn("hoa@htx-tai-hoan.vn", "so-sach-2025")

        const inviting = await invite("khanh@htx-tai-hoan.vn", staff)
        expect(inviting.status).toBe(403)
        expect(inviting.data).toMatchObject({ code: "not_an_owner", message: "Only an owner of the producer invites or removes members: ask one of its owners." })
        expect((await answer(api.delete(`/producer/members/${a.ownerId}`, bearer(staff)))).status).toBe(403)
        expect(await notices({ to: "khanh@htx-tai-hoan.vn" })).toEqual([])
      })

      it("lets the owner remove staff, who can sign in but work for no producer, and never the last owner", async () => {
        const lastOwner = await answer(api.delete(`/producer/members/${a.ownerId}`, bearer(a.token)))
        expect(lastOwner.status).toBe(400)
        expect(lastOwner.data).toMatchObject({ code: "last_owner", message: "This is the producer's last owner: invite another owner first, then remove this one." })

        await invite("hoa@htx-tai-hoan.vn")
        await api.post("/producer/invites/accept", { token: await inviteToken("hoa@htx-tai-hoan.vn"), name: "Phạm Thị Hoa", password: "so-sach-2025" })
        const staff = await signIn("hoa@htx-tai-hoan.vn", "so-sach-2025")
        const staffId = (await api.get("/producer/me", bearer(staff))).data.member.id
        expect((await api.delete(`/producer/members/${staffId}`, bearer(a.token))).data).toEqual({ id: staffId, object: "producer_member", deleted: true })

        const after = await signIn("hoa@htx-tai-hoan.vn", "so-sach-2025")
        expect((await api.get("/producer/me", bearer(after))).data).toMatchObject({ producer: null, memberships: [] })
        const none = await answer(api.get("/producer/members", bearer(after)))
        expect(none.status).toBe(403)
        expect(none.data.code).toBe("no_producer")
        expect((await api.get("/producer/members", bearer(a.token))).data.members).toHaveLength(1)
      })

      it("joins a person who works for another producer with their own login, and refuses to invite a member twice", async () => {
        await invite("phuong@banh-nhan.vn")
        const joined = await api.post("/producer/invites/accept", { token: await inviteToken("phuong@banh-nhan.vn") })
        expect(joined.data).toMatchObject({ member: { id: b.ownerId }, producer: { id: a.producerId }, role: "staff" })
        const me = await api.get("/producer/me", bearer(b.token))
        expect(me.data.memberships.map((m: { role: string; producer: { id: string } }) => [m.producer.id, m.role]).sort()).toEqual(
          [[a.producerId, "staff"], [b.producerId, "owner"]].sort(),
        )
        // As B's owner and A's staff: A's members open with A named, not without a choice.
        expect((await api.get("/producer/members", bearer(b.token, { [PRODUCER_HEADER]: a.producerId }))).data.members).toHaveLength(2)

        const twice = await invite("phuong@banh-nhan.vn")
        expect(twice.status).toBe(400)
        expect(twice.data).toMatchObject({ code: "already_a_member", message: "phuong@banh-nhan.vn is already a member of this producer." })
      })
    })

    describe("approval", () => {
      const told = (email: string, template: string) => notices({ to: email, template })

      it("approves a registration: its members are told and it may put its products on sale", async () => {
        const refused = await answer(api.post(`/producer/products/${b.productId}/submit`, {}, bearer(b.token)))
        expect(refused.status).toBe(403)
        expect(refused.data).toMatchObject({
          code: "producer_not_approved",
          message: "Your registration is waiting for the programme office's approval: products go on sale once it is approved.",
        })

        const { data } = await api.post(`/admin/producers/${b.producerId}/approve`, {}, admin)
        expect(data.producer).toMatchObject({ id: b.producerId, status: "approved", status_reason: null })
        expect(await told("phuong@banh-nhan.vn", PRODUCER_NOTICE_TEMPLATES.approve)).toEqual([
          expect.objectContaining({ channel: "email", data: expect.objectContaining({ producer_id: b.producerId, status: "approved" }) }),
        ])
        // Approved, the producer submits its product; the programme office publishes it.
        const submitted = await api.post(`/producer/products/${b.productId}/submit`, {}, bearer(b.token))
        expect(submitted.data.product).toMatchObject({ id: b.productId, status: "proposed" })
        const twice = await answer(api.post(`/producer/products/${b.productId}/submit`, {}, bearer(b.token)))
        expect({ status: twice.status, code: twice.data.code }).toEqual({ status: 409, code: "product_already_submitted" })
        expect((await api.get("/store/products?handle=banh-nhan-hai-hau", store.storeHeaders)).data.products).toEqual([])
        await api.post(`/admin/products/${b.productId}`, { status: "published" }, admin)
        const { data: shop } = await api.get("/store/products?handle=banh-nhan-hai-hau", store.storeHeaders)
        expect(shop.products.map((product: { id: string }) => product.id)).toEqual([b.productId])
      })

      it("rejects a registration only with its reason, which is stored and told to its members", async () => {
        const noReason = await answer(api.post(`/admin/producers/${b.producerId}/reject`, {}, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/Say why the registration is rejected \(reason\)/)
        // Through the Admin's update as well: a rejection always has its reason.
        expect((await answer(api.post(`/admin/producers/${b.producerId}`, { status: "rejected" }, admin))).status).toBe(400)

        const reason = "Giấy đăng ký hộ kinh doanh không đọc được: gửi lại bản chụp rõ hơn."
        const { data } = await api.post(`/admin/producers/${b.producerId}/reject`, { reason: reason.normalize("NFD") }, admin)
        expect(data.producer).toMatchObject({ status: "rejected", status_reason: reason })
        expect(await told("phuong@banh-nhan.vn", PRODUCER_NOTICE_TEMPLATES.reject)).toEqual([
          expect.objectContaining({ data: expect.objectContaining({ producer_id: b.producerId, status: "rejected", reason }) }),
        ])
        expect((await api.get("/producer/me", bearer(b.token))).data.producer).toMatchObject({ status: "rejected", status_reason: reason })
        const publish = await answer(api.post(`/producer/products/${b.productId}/submit`, {}, bearer(b.token)))
        expect(publish.status).toBe(403)
        expect(publish.data.code).toBe("producer_not_approved")
        // A decided registration cannot be rejected again.
        const again = await answer(api.post(`/admin/producers/${b.producerId}/reject`, { reason: "lại" }, admin))
        expect(again.data).toMatchObject({ code: "producer_decision_not_allowed" })
      })

      it("suspends an approved producer: its products leave the shop, its members are told and can still sign in and read", async () => {
        await joinStaffToA()
        const submitted = await api.post(`/producer/products/${a.productId}/submit`, {}, bearer(a.token))
        expect(submitted.data.product.status).toBe("proposed")
        await api.post(`/admin/products/${a.productId}`, { status: "published" }, admin)
        const inShop = async () => (await api.get("/store/products?handle=mien-dong-tai-hoan", store.storeHeaders)).data.products.length
        expect(await inShop()).toBe(1)

        const reason = "Giấy chứng nhận OCOP đã hết hạn."
        const { data } = await api.post(`/admin/producers/${a.producerId}/suspend`, { reason }, admin)
        expect(data.producer).toMatchObject({ status: "suspended", status_reason: reason })
        expect(await inShop()).toBe(0)
        const toEveryMember = await told("lan@htx-tai-hoan.vn", PRODUCER_NOTICE_TEMPLATES.suspend)
        expect(toEveryMember).toEqual([expect.objectContaining({ data: expect.objectContaining({ status: "suspended", reason }) })])
        expect(await told("hoa@htx-tai-hoan.vn", PRODUCER_NOTICE_TEMPLATES.suspend)).toHaveLength(1)

        const token = await signIn("lan@htx-tai-hoan.vn", "mien-dong-2025")
        expect((await api.get("/producer/me", bearer(token))).data.producer).toMatchObject({ status: "suspended", status_reason: reason })
        expect((await api.get(`/producer/products/${a.productId}`, bearer(token))).data.product.id).toBe(a.productId)
        const publish = await answer(api.post(`/producer/products/${a.productId}/submit`, {}, bearer(token)))
        expect(publish.status).toBe(403)
        expect(publish.data.message).toBe("Your producer is suspended by the programme office, so nothing can go on sale until it is approved again.")

        // Approved again (here through the Admin's update), its product is back in the shop.
        await api.post(`/admin/producers/${a.producerId}`, { status: "approved" }, admin)
        expect(await inShop()).toBe(1)
        expect(await told("lan@htx-tai-hoan.vn", PRODUCER_NOTICE_TEMPLATES.approve)).toHaveLength(2)
      })

      it("refuses a decision the producer's status does not allow", async () => {
        const pendingSuspended = await answer(api.post(`/admin/producers/${b.producerId}/suspend`, {}, admin))
        expect(pendingSuspended.status).toBe(400)
        expect(pendingSuspended.data).toMatchObject({
          code: "producer_decision_not_allowed",
          message: "This producer is pending. Only an approved producer can be suspended; a registration that waits is approved or rejected.",
        })
        const approvedTwice = await answer(api.post(`/admin/producers/${a.producerId}/approve`, {}, admin))
        expect(approvedTwice.data.message).toBe("This producer is approved. It is already approved.")
        expect((await answer(api.post("/admin/producers/pdr_unknown/approve", {}, admin))).status).toBe(404)
      })

      /** Phạm Thị Hoa, invited by A's owner, joins A as staff. */
      async function joinStaffToA() {
        await api.post("/producer/members", { email: "hoa@htx-tai-hoan.vn" }, bearer(a.token))
        const [notice] = await notices({ to: "hoa@htx-tai-hoan.vn", template: PRODUCER_NOTICE_TEMPLATES.invited })
        await api.post("/producer/invites/accept", { token: notice!.data!.token, name: "Phạm Thị Hoa", password: "so-sach-2025" })
      }
    })
  },
})
