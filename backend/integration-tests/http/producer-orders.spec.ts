/**
 * A producer's orders on a real Postgres: one order of two producers' products, each producer sees
 * only its own lines and parcels, packs them from its own location, ships them with a carrier and
 * tracking number and marks them delivered; the buyer's cash on delivery is captured when the last
 * parcel is delivered. Another producer's order or parcel is the 404 of an unknown one, and a
 * parcel shipped twice or delivered before it is shipped a 409 with a sentence.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { createReadyCart, guestOrderHeaders, type Headers, registeredSeller, type Seller, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { answer, type Api, eventually } from "../helpers"

jest.setTimeout(10 * 60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api: untypedApi, getContainer }) => {
    const api = untypedApi as unknown as Api
    let store: TestStore
    let admin: Headers

    let rice: Seller
    let cakes: Seller
    let orderId = ""
    let cartId = ""
    let soloOrderId = ""

    const order = async (who: Seller, id = orderId) => (await api.get(`/producer/orders/${id}`, who.member)).data.order
    const pack = (who: Seller, id = orderId) => answer(api.post(`/producer/orders/${id}/fulfillments`, {}, who.member))
    const ship = (who: Seller, parcelId: string, body: unknown = { carrier: "Viettel Post", tracking_number: "VTP 0123 4567" }) =>
      answer(api.post(`/producer/orders/${orderId}/fulfillments/${parcelId}/shipments`, body, who.member))
    const deliver = (who: Seller, parcelId: string) => answer(api.post(`/producer/orders/${orderId}/fulfillments/${parcelId}/delivered`, {}, who.member))

    const captured = async () => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.captured_at"], filters: { id: orderId } })
      return (data[0] as { payment_collections: { payments: { captured_at: unknown }[] }[] }).payment_collections[0]!.payments[0]!.captured_at
    }

    beforeAll(async () => {
      store = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api)
      rice = await registeredSeller(api, store, admin, { name: "HTX Gạo Hải Hậu", email: "lan@gao-hai-hau.vn", title: "Gạo tám xoan Hải Hậu", sku: "GTX-5", gtin: "8934588012228", price: 150_000 })
      cakes = await registeredSeller(api, store, admin, { name: "HTX Bánh nhãn Hải Hậu", email: "phuong@banh-nhan.vn", title: "Bánh nhãn Hải Hậu", sku: "BN-5", gtin: "8934588012235", price: 60_000 })
      cartId = await createReadyCart(getContainer(), store, {
        email: "buyer@example.vn",
        lines: [
          { variantId: rice.variantId, quantity: 2 },
          { variantId: cakes.variantId, quantity: 3 },
        ],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      orderId = (await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })).result.id
      const soloCart = await createReadyCart(getContainer(), store, {
        email: "other.buyer@example.vn",
        lines: [{ variantId: cakes.variantId, quantity: 1 }],
        providerId: CASH_ON_DELIVERY_PROVIDER_ID,
      })
      soloOrderId = (await completeCartWorkflow(getContainer()).run({ input: { id: soloCart } })).result.id
    })

    it("shows each producer only its own lines of the order, where to deliver, and whether it is paid; newest first", async () => {
      const own = await order(rice)
      expect(own).toMatchObject({
        id: orderId,
        lines: [{ product_id: rice.productId, variant_id: rice.variantId, quantity: 2, unit_price: 150_000, packed_quantity: 0 }],
        subtotal: 300_000,
        shipping_address: { first_name: "Lan", city: "Xã Hải Hậu", phone: "0912345678", address_1: "Số 5 đường Trần Hưng Đạo" },
        payment: { provider_id: CASH_ON_DELIVERY_PROVIDER_ID, captured: false },
        parcels: [],
      })
      expect(own.lines).toHaveLength(1)
      const text = JSON.stringify(own)
      expect(text).not.toContain("buyer@example.vn")
      expect(text).not.toContain(cakes.productId)
      expect(own).not.toHaveProperty("total")

      expect((await order(cakes)).lines).toEqual([expect.objectContaining({ product_id: cakes.productId, quantity: 3, unit_price: 60_000 })])
      const { data: cakePage } = await api.get("/producer/orders?limit=10", cakes.member)
      expect(cakePage).toMatchObject({ count: 2, limit: 10, offset: 0 })
      expect(cakePage.orders.map((o: { id: string }) => o.id)).toEqual([soloOrderId, orderId])
      const { data: ricePage } = await api.get("/producer/orders", rice.member)
      expect(ricePage.orders.map((o: { id: string }) => o.id)).toEqual([orderId])

      // The order of the cakes alone is none of the rice cooperative's business.
      const theirs = await answer(api.get(`/producer/orders/${soloOrderId}`, rice.member))
      expect(theirs.status).toBe(404)
      expect(theirs.data.message).toBe(`This producer has no order ${soloOrderId}.`)
      expect((await answer(api.get("/producer/orders?limit=0", rice.member))).status).toBe(400)
      expect((await answer(api.get(`/producer/orders/${orderId}`))).status).toBe(401)
    })

    it("packs, ships and delivers each producer's parcel from its own location, and captures cash on delivery with the last", async () => {
      const packed = await pack(rice)
      expect(packed.status).toBe(201)
      expect(packed.data.parcel).toMatchObject({ state: "packed", carrier: null, tracking_number: null, items: [{ quantity: 2 }] })
      expect(packed.data.order.lines[0]).toMatchObject({ packed_quantity: 2 })
      const riceParcel = packed.data.parcel.id as string
      // The cakes' producer sees none of the rice's parcel.
      expect((await order(cakes)).parcels).toEqual([])

      const again = await pack(rice)
      expect({ status: again.status, code: again.data.code }).toEqual({ status: 409, code: "nothing_to_pack" })
      const early = await deliver(rice, riceParcel)
      expect(early.status).toBe(409)
      expect(early.data).toMatchObject({ code: "parcel_not_shipped", message: "This parcel has not been shipped yet: ship it with its carrier and tracking number first." })

      const noNumber = await ship(rice, riceParcel, { carrier: "Viettel Post" })
      expect(noNumber.status).toBe(400)
      expect(noNumber.data.message).toMatch(/tracking number/)
      const shipped = await ship(rice, riceParcel, { carrier: "Viettel Post".normalize("NFD"), tracking_number: "VTP 0123 4567" })
      expect(shipped.status).toBe(200)
      expect(shipped.data.parcel).toMatchObject({ state: "shipped", carrier: "Viettel Post", tracking_number: "VTP 0123 4567" })
      const twice = await ship(rice, riceParcel)
      expect(twice.status).toBe(409)
      expect(twice.data).toMatchObject({ code: "parcel_already_shipped", message: expect.stringContaining("shipped already") })

      // The other producer's parcel, by its id under the same order, is the 404 of an unknown one.
      const packedCakes = await pack(cakes)
      const cakeParcel = packedCakes.data.parcel.id as string
      for (const attempt of [ship(rice, cakeParcel), deliver(rice, cakeParcel), ship(cakes, riceParcel)]) {
        const response = await attempt
        expect(response.status).toBe(404)
        expect(response.data.message).toMatch(/This order has no parcel .* of this producer\./)
      }

      expect((await deliver(rice, riceParcel)).data.parcel).toMatchObject({ state: "delivered" })
      expect((await deliver(rice, riceParcel)).data).toMatchObject({ code: "parcel_already_delivered" })
      // One parcel of two delivered: the cash is not collected yet.
      expect(await captured()).toBeNull()

      await ship(cakes, cakeParcel, { carrier: "GHTK", tracking_number: "S123.456" })
      const last = await deliver(cakes, cakeParcel)
      expect(last.data.parcel).toMatchObject({ state: "delivered", carrier: "GHTK", tracking_number: "S123.456" })
      await eventually(captured, (at) => Boolean(at))
      expect((await order(rice)).payment).toMatchObject({ captured: true })

      // The buyer's order page reads each producer's parcel from the store API, with the fields it asks for.
      const buyer = await guestOrderHeaders(api, store, cartId)
      const { data } = await api.get(`/store/orders/${orderId}?fields=*fulfillments,*fulfillments.labels,*fulfillments.items`, buyer)
      expect(data.order.fulfillments).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: riceParcel, metadata: { carrier: "Viettel Post" }, labels: [expect.objectContaining({ tracking_number: "VTP 0123 4567" })] }),
          expect.objectContaining({ id: cakeParcel, delivered_at: expect.any(String), items: [expect.objectContaining({ quantity: 3 })] }),
        ]),
      )
    })
  },
})
