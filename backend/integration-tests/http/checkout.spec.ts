import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CASH_ON_DELIVERY_PROVIDER_ID, REGION_PAYMENT_PROVIDER_IDS, WEB_DELIVERY, WEB_PICKUP } from "../../src/lib/store-setup"
import { createTestCatalogue, HAI_HAU_SHIPPING_ADDRESS, type Headers, setUpStore, signInOperator, TEST_PRODUCERS } from "../fixtures"
import { registerCustomer } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

/** Miến dong of HTX Tài Hoan (Thái Nguyên), and Bánh nhãn of a Hải Hậu producer, also stocked at the showroom. */
const MIEN_DONG = { product: "mien-dong-tai-hoan", producer: TEST_PRODUCERS.taiHoan.handle }
const BANH_NHAN = "banh-nhan-tet-vua"

async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (error: any) {
    return { status: error.response?.status as number, ...(error.response?.data as { code: string; type: string; message: string }) }
  }
  throw new Error("The request was expected to fail but succeeded.")
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    let adminHeaders: Headers
    let regionId: string

    // Loaded once; the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      const container = getContainer()
      const store = await setUpStore(container)
      await createTestCatalogue(container, store)
      headers = store.storeHeaders
      adminHeaders = await signInOperator(container, api)
      const { data } = await api.get("/store/regions", headers)
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "vnd").id
    })

    const variantOf = async (handle: string) => {
      const { data } = await api.get(
        `/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price,variants.inventory_quantity`,
        headers
      )
      const variant = data.products[0].variants[0]
      return { id: variant.id as string, unitPrice: variant.calculated_price.calculated_amount as number }
    }

    /** Stock of the variant at each location: stocked, reserved and what is left to sell. */
    const stockOf = async (variantId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "variant",
        fields: ["inventory_items.inventory.location_levels.*"],
        filters: { id: variantId },
      })
      const levels = variant!.inventory_items![0]!.inventory!.location_levels as any[]
      return new Map(levels.map((l) => [l.location_id as string, Number(l.stocked_quantity) - Number(l.reserved_quantity)]))
    }

    const producerLocation = async (producerHandle: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "producer", fields: ["stock_location.id"], filters: { handle: producerHandle } })
      return data[0]!.stock_location!.id as string
    }

    const cartWith = async (variantId: string, quantity: number) => {
      const { data } = await api.post("/store/carts", { region_id: regionId }, headers)
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, headers)
      const { data: updated } = await api.post(
        `/store/carts/${data.cart.id}`,
        { email: "lan.nguyen@example.vn", shipping_address: HAI_HAU_SHIPPING_ADDRESS },
        headers
      )
      return updated.cart
    }

    /** The buyer's one choice of delivery ("standard", "express", "pickup"), for every producer's parcel. */
    const chooseDelivery = async (cartId: string, kind: string) => {
      const { data } = await api.post(`/store/carts/${cartId}/delivery`, { kind }, headers)
      return data.delivery as { kind: string; name: string; amount: number; pickup_address: string | null; pickup_point: Record<string, string> | null }
    }

    const payCashOnDeliveryAndComplete = async (cartId: string) => {
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: CASH_ON_DELIVERY_PROVIDER_ID },
        headers
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(data.type).toBe("order")
      return data.order
    }

    const reservationsOf = async (order: { items: { id: string }[] }) =>
      getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: order.items.map((i) => i.id) })

    it("a guest buys 2 packs of Miến dong, standard delivery, cash on delivery: VND totals, stock reserved at the producer", async () => {
      const variant = await variantOf(MIEN_DONG.product)
      const location = await producerLocation(MIEN_DONG.producer)
      const before = await stockOf(variant.id)

      const cart = await cartWith(variant.id, 2)
      expect(cart.shipping_address).toMatchObject({ phone: "0912345678", city: "Xã Hải Hậu", province: "Tỉnh Ninh Bình" })

      // One choice for the cart; each producer's parcel is priced by its own option.
      const { data } = await api.get(`/store/carts/${cart.id}/delivery`, headers)
      const choices = data.delivery_choices as { kind: string; name: string; amount: number; insufficient_inventory: boolean }[]
      expect(choices.map((c) => [c.kind, c.name, c.amount])).toEqual(
        [...WEB_PICKUP.options, ...WEB_DELIVERY.options].map((o) => [o.code, o.name, o.priceVnd])
      )
      for (const choice of choices) {
        expect(Number.isInteger(choice.amount)).toBe(true)
        expect(choice.insufficient_inventory).toBe(false)
      }

      await chooseDelivery(cart.id, "standard")
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${regionId}`, headers)
      expect(providers.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual(REGION_PAYMENT_PROVIDER_IDS.toSorted())

      const order = await payCashOnDeliveryAndComplete(cart.id)
      expect(order.currency_code).toBe("vnd")
      expect(order.item_subtotal).toBe(2 * variant.unitPrice)
      expect(order.shipping_total).toBe(30_000)
      expect(order.total).toBe(2 * variant.unitPrice + 30_000)
      for (const amount of [order.item_subtotal, order.shipping_total, order.total]) expect(Number.isInteger(amount)).toBe(true)

      const reservations = await reservationsOf(order)
      expect(reservations.map((r) => [r.location_id, Number(r.quantity)])).toEqual([[location, 2]])
      const after = await stockOf(variant.id)
      expect(after.get(location)).toBe(before.get(location)! - 2)

      // Cash is collected at the door: the payment is authorized, not captured.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [placed],
      } = await query.graph({
        entity: "order",
        fields: ["payment_collections.status", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at"],
        filters: { id: order.id },
      })
      const [collection] = placed!.payment_collections as any[]
      expect(collection.status).toBe("authorized")
      expect(collection.payments[0]).toMatchObject({ provider_id: CASH_ON_DELIVERY_PROVIDER_ID, captured_at: null })
    })

    it("pickup at the Hải Hậu showroom costs nothing and still reserves at the producer, not the showroom's counter stock", async () => {
      const variant = await variantOf(BANH_NHAN)
      const before = await stockOf(variant.id)
      expect(before.size).toBe(2) // the producer's stock and the showroom's share

      const cart = await cartWith(variant.id, 1)
      const pickup = await chooseDelivery(cart.id, "pickup")
      expect(pickup).toMatchObject({ name: "Nhận tại cửa hàng OCOP Hải Hậu", amount: 0 })
      expect(pickup.pickup_address).toBe("Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu, Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)")
      // The place itself, so the storefront prints it in the buyer's language and fills the cart's address from it.
      expect(pickup.pickup_point).toEqual({
        handle: "showroom-hai-hau",
        name: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu",
        name_en: "Hải Hậu OCOP Showroom",
        province_code: "37",
        commune_code: "14215",
        province: "Tỉnh Ninh Bình",
        commune: "Xã Hải Hậu",
        address_as_issued: "thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định",
      })

      const order = await payCashOnDeliveryAndComplete(cart.id)
      expect(order.shipping_total).toBe(0)
      expect(order.total).toBe(variant.unitPrice)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({ entity: "product", fields: ["producer.handle"], filters: { handle: BANH_NHAN } })
      const location = await producerLocation(products[0]!.producer!.handle)
      const [reservation] = await reservationsOf(order)
      expect(reservation!.location_id).toBe(location)
      const after = await stockOf(variant.id)
      for (const [locationId, available] of before) {
        expect(after.get(locationId)).toBe(locationId === location ? available - 1 : available)
      }
    })

    it("sells nothing of a producer who is not approved: gone from the listing and by id, refused in a cart and as an order", async () => {
      const { data: listed } = await api.get(`/store/products?handle=${MIEN_DONG.product}&fields=id`, headers)
      const productId = listed.products[0].id as string
      const variant = await variantOf(MIEN_DONG.product)
      // A cart filled while the producer was approved, ready to be paid.
      const cart = await cartWith(variant.id, 1)
      await chooseDelivery(cart.id, "standard")
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: CASH_ON_DELIVERY_PROVIDER_ID },
        headers
      )

      // The operator suspends the producer.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: producers } = await query.graph({ entity: "producer", fields: ["id"], filters: { handle: MIEN_DONG.producer } })
      await api.post(`/admin/producers/${producers[0]!.id}`, { status: "suspended" }, adminHeaders)

      expect((await api.get(`/store/products?handle=${MIEN_DONG.product}`, headers)).data.products).toEqual([])
      const { data: all } = await api.get("/store/products?limit=100&fields=id", headers)
      expect(all.products.map((p: { id: string }) => p.id)).not.toContain(productId)
      expect(await failure(api.get(`/store/products/${productId}`, headers))).toMatchObject({ status: 404, type: "not_found" })

      const { data: other } = await api.post("/store/carts", { region_id: regionId }, headers)
      const added = await failure(api.post(`/store/carts/${other.cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, headers))
      expect(added).toMatchObject({ status: 400, type: "not_allowed", code: "producer_not_approved" })
      expect(added.message).toBe("Miến dong Tài Hoan is not on sale now: its producer is not approved in OCOP Market. Choose another product.")

      const completed = await failure(api.post(`/store/carts/${cart.id}/complete`, {}, headers))
      expect(completed).toMatchObject({ status: 400, type: "not_allowed", code: "producer_not_approved" })
      expect(completed.message).toMatch(/not on sale now.*Miến dong Tài Hoan\. Remove them to place the order\.$/)
    })

    it("gives a signed-in customer back their newest cart that holds something and is not yet an order, and nothing to others", async () => {
      const signUp = async (email: string) => {
        const session = await registerCustomer(api, getContainer(), headers, { email })
        return { headers: { ...headers.headers, authorization: `Bearer ${session}` } }
      }
      const lan = await signUp("lan@example.vn")
      const accountCart = async (as: { headers: Record<string, string> }) => (await api.get("/store/customers/me/cart", as)).data.cart

      expect(await accountCart(lan)).toBeNull()
      const variant = await variantOf(MIEN_DONG.product)
      const { data: older } = await api.post("/store/carts", { region_id: regionId }, lan)
      await api.post(`/store/carts/${older.cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, lan)
      // A newer cart with nothing in it is passed over for the one with a line.
      await api.post("/store/carts", { region_id: regionId }, lan)
      expect(await accountCart(lan)).toEqual({ id: older.cart.id })

      // Another customer, and a guest, get nothing of Lan's.
      expect(await accountCart(await signUp("mai@example.vn"))).toBeNull()
      expect(await failure(api.get("/store/customers/me/cart", headers))).toMatchObject({ status: 401 })
    })

    // One test for the refusals: each test costs a database restore.
    it("refuses, with a code the storefront can map, a commune outside the province, a foreign phone and more packs than in stock", async () => {
      const { data } = await api.post("/store/carts", { region_id: regionId }, headers)
      const update = (address: Record<string, unknown>) => api.post(`/store/carts/${data.cart.id}`, { shipping_address: address }, headers)

      const wrongProvince = await failure(
        update({ ...HAI_HAU_SHIPPING_ADDRESS, province: "Thành phố Hà Nội", metadata: { province_code: "01", commune_code: "14215" } })
      )
      expect(wrongProvince).toMatchObject({ status: 400, type: "invalid_data", code: "commune_not_in_province" })
      expect(wrongProvince.message).toBe(
        'Commune code "14215" is not a commune or ward of Thành phố Hà Nội (province code 01); choose the commune again after changing the province.'
      )

      const badPhone = await failure(update({ ...HAI_HAU_SHIPPING_ADDRESS, phone: "12345" }))
      expect(badPhone).toMatchObject({ status: 400, type: "invalid_data", code: "invalid_phone" })

      // Names follow the codes: given loosely, they are stored as the official 2025 names.
      const { data: loose } = await update({ ...HAI_HAU_SHIPPING_ADDRESS, city: "hải hậu", province: "Ninh Bình", phone: "0228 3876 412" })
      expect(loose.cart.shipping_address).toMatchObject({ city: "Xã Hải Hậu", province: "Tỉnh Ninh Bình", phone: "02283876412" })

      const variant = await variantOf(MIEN_DONG.product)
      const available = (await stockOf(variant.id)).get(await producerLocation(MIEN_DONG.producer))!
      const tooMany = await failure(
        api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variant.id, quantity: available + 1 }, headers)
      )
      expect(tooMany).toMatchObject({ status: 400, type: "not_allowed", code: "insufficient_inventory" })
      expect(tooMany.message).toBe("Some variant does not have the required inventory")
    })
  },
})
