/**
 * Input alone never gets a 500: every value a probe found failing in Postgres (a date that is none,
 * a NUL, a broken %-escape, a negative page, an empty id) is refused with 400 and a sentence before
 * any query holds it; a text longer than its limit names the field; a checkout that waits too long
 * for another's lock gets 409 cart_busy; and completing a placed cart again gives its order back.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { PAGE_LIMITS, TEXT_LIMITS } from "@ocop/domain/input-limits"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import {
  createReadyCart,
  createTestCatalogue,
  createTestPack,
  HAI_HAU_SHIPPING_ADDRESS,
  type Headers,
  setUpStore,
  signInOperator,
  type TestCatalogue,
  type TestStore,
} from "../fixtures"
import { registerCustomer } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

type Answer = { status: number; data: { type?: string; code?: string; message?: string } & Record<string, unknown> }

/** Each case the probe found answering 500, by the kind of input. */
const REFUSED_READS: [string, RegExp][] = [
  ["/store/products?created_at[$gt]=notadate", /^created_at\[\$gt\] is not a date: write it as 2024-06-25/],
  ["/store/products?updated_at[$lt]=2024-02-30", /^updated_at\[\$lt\] is not a date/],
  ["/store/products?created_at[$like]=2024-06-25", /^created_at is compared with .*; not with \$like\.$/],
  ["/store/collections?created_at[$gt]=x", /^created_at\[\$gt\] is not a date/],
  ["/store/products/%00", /^The address holds a control character \(such as %00\)/],
  ["/store/producers/%00", /control character/],
  ["/store/producers/htx-tai-hoan%00", /control character/],
  ["/store/product-sets/%00", /control character/],
  ["/store/regions/%00", /control character/],
  ["/store/orders/%00/payment", /control character/],
  ["/store/carts/%00/delivery", /control character/],
  ["/store/product-search?q=%00", /^The query parameter q holds a control character/],
  ["/store/products?q=mi%00en", /^The query parameter q holds a control character/],
  ["/store/products?locale=vi%00", /^The query parameter locale holds a control character/],
  ["/store/shipping-options?cart_id=%00", /^The query parameter cart_id holds a control character/],
  ["/store/payment-providers?region_id=%00", /^The query parameter region_id holds a control character/],
  ["/store/products/%E0%A4%A", /^The address has a broken percent-encoding: each % is followed by two hexadecimal digits/],
  ["/store/producers/%E0%A4%A", /broken percent-encoding/],
  ["/store/products?limit=-1", /^limit is a whole number from 1 to 100; it is "-1"\.$/],
  ["/store/products?offset=-1", /^offset is a whole number, 0 or more; it is "-1"\.$/],
  ["/store/products?limit=1.5", /^limit is a whole number/],
  [`/store/products?limit=${PAGE_LIMITS.store + 1}`, /^limit is a whole number from 1 to 100/],
  ["/store/products?tag_id=", /^tag_id is empty: give an id, or leave tag_id out\.$/],
  ["/store/products?category_id[]=", /^category_id is empty/],
  ["/store/shipping-options?cart_id=", /^cart_id is empty/],
  // The shop's own routes: ids and handles of the shape they name, and their own queries.
  ["/store/producers/HTX%20Tai%20Hoan", /^A handle is lower-case letters, digits and dashes, e.g. htx-tai-hoan\.$/],
  ["/store/product-sets/Do-An-Nhanh", /^A handle is lower-case letters/],
  ["/store/product-search?industry_code=IX", /^industry_code is one of Decision 148's industries: I, II, III, IV, V, VI\.$/],
  [`/store/product-search?q=${"a".repeat(TEXT_LIMITS.searchQuery + 1)}`, /^q is longer than 200 characters/],
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: TestStore
    let catalogue: TestCatalogue
    let headers: Headers

    beforeAll(async () => {
      shop = await setUpStore(getContainer())
      catalogue = await createTestCatalogue(getContainer(), shop)
      headers = shop.storeHeaders
    })

    /** The answer whatever its status, as a client sees it. */
    const answer = async (request: Promise<{ status: number; data: unknown }>): Promise<Answer> => {
      try {
        const { status, data } = await request
        return { status, data: data as Answer["data"] }
      } catch (error: any) {
        if (!error.response) throw error
        return { status: error.response.status, data: error.response.data }
      }
    }
    const get = (url: string, as: Headers = headers) => answer(api.get(url, as))
    const post = (url: string, body: unknown, as: Headers = headers) => answer(api.post(url, body, as))

    it("refuses every read the probe found answering 500 with 400 and a sentence", async () => {
      const wrong: { url: string; status: number; message?: string }[] = []
      for (const [url, sentence] of REFUSED_READS) {
        const { status, data } = await get(url)
        if (status !== 400 || data.type !== "invalid_data" || !sentence.test(data.message ?? "")) wrong.push({ url, status, message: data.message })
      }
      expect(wrong).toEqual([])
    })

    it("refuses a NUL in a completion's cart id and in a body, before any query holds it", async () => {
      const completion = await post("/store/carts/%00/complete", {})
      expect(completion.status).toBe(400)
      expect(completion.data.message).toMatch(/control character/)

      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, headers)
      const named = await post(`/store/carts/${data.cart.id}`, { shipping_address: { ...HAI_HAU_SHIPPING_ADDRESS, first_name: "La\u0000n" } })
      expect(named.status).toBe(400)
      expect(named.data.message).toBe("shipping_address.first_name holds a NUL character (\\u0000): remove it.")
    })

    it("keeps Medusa's own refusals as they were, and answers good requests", async () => {
      expect(await get("/store/products?limit=abc")).toMatchObject({ status: 400 })
      expect(await get("/store/carts/cart_01JZ8X4N6Q2W3E4R5T6Y7V8H9K")).toMatchObject({ status: 404, data: { type: "not_found" } })
      expect(await get("/store/products/prod_01JZ8X4N6Q2W3E4R5T6Y7V8H9K")).toMatchObject({ status: 404, data: { type: "not_found" } })

      const products = await get(`/store/products?created_at[$gt]=2024-01-01T00:00:00Z&created_at[$lt]=2999-12-31&limit=${PAGE_LIMITS.store}&offset=0&fields=handle`)
      expect(products.status).toBe(200)
      expect((products.data.products as { handle: string }[]).map((p) => p.handle).sort()).toEqual(
        Object.values(catalogue.products).map((p) => p.handle).sort(),
      )
      expect(await get(`/store/products?q=${encodeURIComponent("Miến")}&fields=id`)).toMatchObject({ status: 200 })
      expect(await get("/store/producers/htx-tai-hoan")).toMatchObject({ status: 200, data: { producer: { handle: "htx-tai-hoan" } } })
      expect(await get("/store/producers/htx-khong-co")).toMatchObject({ status: 404 })
      expect(await get("/store/product-sets/do-an-nhanh")).toMatchObject({ status: 200 })
      expect(await get(`/store/product-search?q=${encodeURIComponent("miến")}&industry_code=I&limit=100`)).toMatchObject({ status: 200 })

      // The Admin's dashboard asks for 9999 at once.
      const operator = await signInOperator(getContainer(), api)
      expect(await get("/admin/products?limit=9999&fields=id", operator)).toMatchObject({ status: 200 })
      expect(await get("/admin/products?created_at[$gt]=notadate", operator)).toMatchObject({ status: 400 })
      expect(await get("/admin/producers/pdr%20one", operator)).toMatchObject({
        status: 400,
        data: { message: "A producer id is letters, digits and underscores, e.g. pdr_01JZ8X4N6Q2W3E4R5T6Y7V8H9K." },
      })
      expect(await get(`/admin/producers/${catalogue.producers.taiHoan.id}`, operator)).toMatchObject({ status: 200 })
    })

    it("refuses a text longer than its limit, naming the field and the limit; the limit itself passes", async () => {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, headers)
      const cart = `/store/carts/${data.cart.id}`

      const longName = await post(cart, { shipping_address: { ...HAI_HAU_SHIPPING_ADDRESS, first_name: "L".repeat(TEXT_LIMITS.personName + 1) } })
      expect(longName).toMatchObject({ status: 400, data: { type: "invalid_data", code: ERROR_CODES.textTooLong } })
      expect(longName.data.message).toBe("shipping_address.first_name is longer than 100 characters: shorten it.")

      const longStreet = await post(cart, { billing_address: { ...HAI_HAU_SHIPPING_ADDRESS, address_1: "Số 5 ".repeat(41) } })
      expect(longStreet.data.message).toBe("billing_address.address_1 is longer than 200 characters: shorten it.")

      const longNote = await post(cart, { metadata: { note: "Gọi trước khi giao. ".repeat(60) } })
      expect(longNote).toMatchObject({ status: 400, data: { code: ERROR_CODES.textTooLong } })
      expect(longNote.data.message).toBe("metadata.note is longer than 1000 characters: shorten it.")

      const longEmail = await post(cart, { email: `${"a".repeat(250)}@example.vn` })
      expect(longEmail.data.message).toBe("email is longer than 254 characters: shorten it.")

      const lineNote = await post(`${cart}/line-items`, {
        variant_id: catalogue.products.mienDong.variants[0]!.id,
        quantity: 1,
        metadata: { gift: { message: "x".repeat(TEXT_LIMITS.metadataText + 1) } },
      })
      expect(lineNote.data.message).toBe("metadata.gift.message is longer than 1000 characters: shorten it.")

      // Exactly at each limit, the cart takes the address and the note.
      const atLimits = await post(cart, {
        email: "lan.nguyen@example.vn",
        shipping_address: { ...HAI_HAU_SHIPPING_ADDRESS, first_name: "L".repeat(TEXT_LIMITS.personName), address_1: "S".repeat(TEXT_LIMITS.street) },
        metadata: { note: "n".repeat(TEXT_LIMITS.note) },
      })
      expect(atLimits.status).toBe(200)
      // A wrong type is still Medusa's to refuse, in its own words.
      const wrongType = await post(cart, { shipping_address: { ...HAI_HAU_SHIPPING_ADDRESS, first_name: 5 } })
      expect(wrongType).toMatchObject({ status: 400, data: { type: "invalid_data" } })
      expect(wrongType.data.message).toMatch(/first_name/)
    })

    it("refuses a customer's too-long name and street the same way", async () => {
      const email = "lan.longname@example.vn"
      const registration = { email, password: "ocop-test-2025", last_name: "Nguyễn", phone: "0912345678" }
      const tooLong = await post("/store/registrations", { ...registration, first_name: "L".repeat(TEXT_LIMITS.personName + 1) })
      expect(tooLong).toMatchObject({ status: 400, data: { code: ERROR_CODES.textTooLong, message: "first_name is longer than 100 characters: shorten it." } })

      const session = await registerCustomer(api, getContainer(), headers, { email, first_name: "L".repeat(TEXT_LIMITS.personName) })
      const lan = { headers: { ...headers.headers, authorization: `Bearer ${session}` } }
      const company = await post("/store/customers/me", { company_name: "C".repeat(TEXT_LIMITS.company + 1) }, lan)
      expect(company.data.message).toBe("company_name is longer than 200 characters: shorten it.")
      const street = await post("/store/customers/me/addresses", { ...HAI_HAU_SHIPPING_ADDRESS, address_1: "S".repeat(TEXT_LIMITS.street + 1) }, lan)
      expect(street).toMatchObject({ status: 400, data: { message: "address_1 is longer than 200 characters: shorten it." } })
      const addressName = await post("/store/customers/me/addresses", { ...HAI_HAU_SHIPPING_ADDRESS, address_name: "N".repeat(61) }, lan)
      expect(addressName.data.message).toBe("address_name is longer than 60 characters: shorten it.")
      expect(await post("/store/customers/me/addresses", { ...HAI_HAU_SHIPPING_ADDRESS, address_name: "Nhà" }, lan)).toMatchObject({ status: 200 })
    })

    it("tells a checkout that waits too long for another's stock lock to try again (409 cart_busy), and the retry places the order", async () => {
      const container = getContainer()
      const pack = await createTestPack(container, shop, "lock-stock", 65_000, 10)
      const cartId = await createReadyCart(container, shop, {
        email: "lan@example.vn",
        lines: [{ variantId: pack.variantId, quantity: 1 }],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      // Another checkout reserving this pack holds its inventory item's lock; reserve-inventory waits 5 s for it.
      const locking = container.resolve(Modules.LOCKING)
      await locking.acquire(pack.inventoryItemId, { ownerId: "another-checkout" })
      let busy: Answer
      try {
        busy = await post(`/store/carts/${cartId}/complete`, {})
      } finally {
        await locking.release(pack.inventoryItemId, { ownerId: "another-checkout" })
      }
      expect(busy).toEqual({
        status: 409,
        data: { type: "conflict", code: ERROR_CODES.cartBusy, message: "Someone else is buying this right now: try again." },
      })

      const retried = await post(`/store/carts/${cartId}/complete`, {})
      expect(retried).toMatchObject({ status: 200, data: { type: "order" } })
    })

    it("answers 409 cart_busy while another completion holds the cart, and completing a placed cart again gives its order back", async () => {
      const container = getContainer()
      // The last pack: the order's own reservation must not make its repeated completion "out of stock".
      const pack = await createTestPack(container, shop, "lock-cart", 65_000, 1)
      const cartId = await createReadyCart(container, shop, {
        email: "lan@example.vn",
        lines: [{ variantId: pack.variantId, quantity: 1 }],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      // complete-cart takes the cart's own lock, waiting up to 30 s for a completion already running.
      const locking = container.resolve(Modules.LOCKING)
      await locking.acquire(cartId, { ownerId: "first-completion" })
      let busy: Answer
      try {
        busy = await post(`/store/carts/${cartId}/complete`, {})
      } finally {
        await locking.release(cartId, { ownerId: "first-completion" })
      }
      expect(busy).toMatchObject({ status: 409, data: { code: ERROR_CODES.cartBusy, message: "Someone else is buying this right now: try again." } })

      const placed = await post(`/store/carts/${cartId}/complete`, {})
      expect(placed).toMatchObject({ status: 200, data: { type: "order" } })
      const orderId = (placed.data.order as { id: string }).id

      // What the storefront does when it could not hear the first answer: ask again, and get the same order.
      const again = await post(`/store/carts/${cartId}/complete`, {})
      expect(again).toMatchObject({ status: 200, data: { type: "order", order: { id: orderId } } })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(orders.map((link: { order_id: string }) => link.order_id)).toEqual([orderId])
    })
  },
})
