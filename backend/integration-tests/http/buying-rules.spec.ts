/**
 * The buying rules hold for every caller: a cart filled and completed through Medusa's workflows
 * directly (as the POS and the producer API will), with no HTTP request, and an Admin draft order,
 * are refused with the same codes the store API gives.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAddressesWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { updateProducerWorkflow } from "../../src/workflows/update-producer"
import { createReadyCart, createTestPack, HAI_HAU_SHIPPING_ADDRESS, setUpStore, signInOperator, type TestStore } from "../fixtures"

jest.setTimeout(3 * 60 * 1000)

/** Typed as a buyer would: the phone with +84 and spaces, which is stored as 0912345678. */
const haiHau = { ...HAI_HAU_SHIPPING_ADDRESS, phone: "+84 912 345 678" }

/** What a refused workflow run threw: its Medusa type and code. */
async function refusal(run: Promise<unknown>) {
  try {
    await run
  } catch (error) {
    const { type, code, message } = error as { type?: string; code?: string; message: string }
    return { type, code, message }
  }
  throw new Error("The workflow was expected to refuse but succeeded.")
}

/** An approved producer with one published 65.000 ₫ pack, `stock` of it at the producer's own location. */
const producerWithProduct = (container: MedusaContainer, store: TestStore, handle: string, stock: number) =>
  createTestPack(container, store, handle, 65_000, stock)

/** A cart with the pack, a Hải Hậu address typed as a buyer would, standard delivery and cash on delivery: ready to complete. */
const readyCart = (container: MedusaContainer, shop: TestStore, variantId: string, quantity: number) =>
  createReadyCart(container, shop, {
    email: "lan@example.vn",
    lines: [{ variantId, quantity }],
    providerId: CASH_ON_DELIVERY_PROVIDER_ID,
    shippingAddress: haiHau,
  })

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: TestStore

    beforeAll(async () => {
      shop = await setUpStore(getContainer())
    })

    it("places the order when every rule holds, with the address stored normalized", async () => {
      const container = getContainer()
      const { variantId } = await producerWithProduct(container, shop, "tai-hoan", 5)
      const cartId = await readyCart(container, shop, variantId, 2)
      const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "total", "shipping_address.phone", "shipping_address.city"],
        filters: { id: result.id },
      })
      expect(Number(orders[0]!.total)).toBe(2 * 65_000 + 30_000)
      expect(orders[0]!.shipping_address).toMatchObject({ phone: "0912345678", city: "Xã Hải Hậu" })
    })

    it("refuses a suspended producer's product at the cart and at the order, and sells it again once approved", async () => {
      const container = getContainer()
      const { producerId, productId, variantId } = await producerWithProduct(container, shop, "suspended-later", 5)
      const cartId = await readyCart(container, shop, variantId, 1)

      await updateProducerWorkflow(container).run({ input: { id: producerId, status: "suspended" } })

      const { result: other } = await createCartWorkflow(container).run({ input: { region_id: shop.regionId, sales_channel_id: shop.webChannelId } })
      const added = await refusal(addToCartWorkflow(container).run({ input: { cart_id: other.id, items: [{ variant_id: variantId, quantity: 1 }] } }))
      expect(added).toMatchObject({ type: "not_allowed", code: ERROR_CODES.producerNotApproved })
      const completed = await refusal(completeCartWorkflow(container).run({ input: { id: cartId } }))
      expect(completed).toMatchObject({ type: "not_allowed", code: ERROR_CODES.producerNotApproved })

      // Off every sales channel, so the store API hides it by its own publishable-key scoping.
      const listed = async () => (await api.get("/store/products?fields=id", shop.storeHeaders)).data.products.map((p: { id: string }) => p.id)
      expect(await listed()).not.toContain(productId)
      const httpAdded = await api
        .post(`/store/carts/${other.id}/line-items`, { variant_id: variantId, quantity: 1 }, shop.storeHeaders)
        .catch((error: { response: { status: number; data: { code: string } } }) => error.response)
      expect(httpAdded).toMatchObject({ status: 400, data: { code: ERROR_CODES.producerNotApproved } })

      await updateProducerWorkflow(container).run({ input: { id: producerId, status: "approved" } })
      expect(await listed()).toContain(productId)
      const { result: order } = await completeCartWorkflow(container).run({ input: { id: cartId } })
      expect(order.id).toBeTruthy()
    })

    it("refuses a commune of another province and a phone that is not Vietnamese, keeping the cart's address", async () => {
      const container = getContainer()
      const { result: cart } = await createCartWorkflow(container).run({
        input: { region_id: shop.regionId, sales_channel_id: shop.webChannelId, shipping_address: haiHau },
      })
      // 14215 is Xã Hải Hậu, in Ninh Bình (37), not in Thái Nguyên (19).
      const elsewhere = { ...haiHau, province: "Tỉnh Thái Nguyên", metadata: { province_code: "19", commune_code: "14215" } }
      expect(await refusal(updateCartWorkflow(container).run({ input: { id: cart.id, shipping_address: elsewhere } }))).toMatchObject({
        type: "invalid_data",
        code: ERROR_CODES.communeNotInProvince,
      })
      expect(
        await refusal(updateCartWorkflow(container).run({ input: { id: cart.id, shipping_address: { ...haiHau, phone: "0112345678" } } })),
      ).toMatchObject({ type: "invalid_data", code: ERROR_CODES.invalidPhone })
      expect(
        await refusal(createCartWorkflow(container).run({ input: { region_id: shop.regionId, shipping_address: elsewhere } })),
      ).toMatchObject({ code: ERROR_CODES.communeNotInProvince })

      const cartModule = container.resolve(Modules.CART)
      const kept = await cartModule.retrieveCart(cart.id, { relations: ["shipping_address"] })
      expect(kept.shipping_address).toMatchObject({ city: "Xã Hải Hậu", province: "Tỉnh Ninh Bình", phone: "0912345678" })
    })

    it("delivers a cart of three producers' products as three parcels, one shipping method each, priced together", async () => {
      const container = getContainer()
      const packs = [
        await producerWithProduct(container, shop, "ba-be", 5),
        await producerWithProduct(container, shop, "hai-hau", 5),
        await producerWithProduct(container, shop, "na-ri", 5),
      ]
      const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "lan@example.vn", shipping_address: haiHau }, shop.storeHeaders)
      const cartId = created.cart.id as string
      for (const { variantId } of packs) {
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, shop.storeHeaders)
      }

      const { data: offered } = await api.get(`/store/carts/${cartId}/delivery`, shop.storeHeaders)
      const byKind = Object.fromEntries(offered.delivery_choices.map((choice: { kind: string }) => [choice.kind, choice]))
      expect(Object.keys(byKind).sort()).toEqual(["express", "pickup", "standard"])
      expect(byKind.standard).toMatchObject({ amount: 3 * 30_000, insufficient_inventory: false })
      expect(byKind.standard.parcels.map((parcel: { producer: { handle: string } }) => parcel.producer.handle).sort()).toEqual(["ba-be", "hai-hau", "na-ri"])
      expect(byKind.pickup).toMatchObject({ amount: 0, pickup_address: "Cửa hàng giới thiệu sản phẩm OCOP huyện Hải Hậu, Xã Hải Hậu, Tỉnh Ninh Bình (trước đây thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định)" })
      expect(byKind.standard.pickup_address).toBeNull()

      await api.post(`/store/carts/${cartId}/delivery`, { kind: "express" }, shop.storeHeaders)
      const { data: chosen } = await api.post(`/store/carts/${cartId}/delivery`, { kind: "standard" }, shop.storeHeaders)
      expect(chosen.cart.shipping_methods).toHaveLength(3)
      expect(Number(chosen.cart.shipping_total)).toBe(3 * 30_000)

      const refused = await api
        .post(`/store/carts/${cartId}/delivery`, { kind: "drone" }, shop.storeHeaders)
        .catch((error: { response: { status: number; data: { code: string; message: string } } }) => error.response)
      expect(refused).toMatchObject({ status: 400, data: { code: "delivery_not_available" } })
      expect(refused.data.message).toMatch(/^"drone" is not a way every product in this cart can be delivered; choose one of: /)

      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.storeHeaders)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: CASH_ON_DELIVERY_PROVIDER_ID }, shop.storeHeaders)
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.storeHeaders)
      expect(placed.type).toBe("order")
      expect(Number(placed.order.total)).toBe(3 * 65_000 + 3 * 30_000)
      expect(placed.order.shipping_methods).toHaveLength(3)
    })

    it("saves a customer's address normalized and refuses one with a commune of another province, saving nothing", async () => {
      const container = getContainer()
      const customers = container.resolve(Modules.CUSTOMER)
      const customer = await customers.createCustomers({ email: "lan.address@example.vn", first_name: "Lan", last_name: "Nguyễn" })
      const elsewhere = { ...haiHau, province: "Tỉnh Thái Nguyên", metadata: { province_code: "19", commune_code: "14215" } }
      expect(
        await refusal(createCustomerAddressesWorkflow(container).run({ input: { addresses: [{ ...elsewhere, customer_id: customer.id }] } })),
      ).toMatchObject({ type: "invalid_data", code: ERROR_CODES.communeNotInProvince })
      expect(await customers.listCustomerAddresses({ customer_id: customer.id })).toHaveLength(0)

      await createCustomerAddressesWorkflow(container).run({ input: { addresses: [{ ...haiHau, customer_id: customer.id }] } })
      const [saved] = await customers.listCustomerAddresses({ customer_id: customer.id })
      expect(saved).toMatchObject({ phone: "0912345678", city: "Xã Hải Hậu", province: "Tỉnh Ninh Bình" })
    })

    it("places an Admin draft order only under the same rules: an approved producer, the address, the stock", async () => {
      const container = getContainer()
      const admin = await signInOperator(container, api, "draft.orders@test.example.vn")
      const { producerId, variantId } = await producerWithProduct(container, shop, "draft-order", 3)
      const draft = async (quantity: number, shipping_address: Record<string, unknown> = haiHau) => {
        const { data } = await api.post(
          "/admin/draft-orders",
          {
            email: "lan.draft@example.vn",
            region_id: shop.regionId,
            sales_channel_id: shop.webChannelId,
            shipping_address,
            billing_address: shipping_address,
            items: [{ variant_id: variantId, quantity }],
          },
          admin,
        )
        return data.draft_order.id as string
      }
      const convert = (id: string) =>
        api
          .post(`/admin/draft-orders/${id}/convert-to-order`, {}, admin)
          .catch((error: { response: { status: number; data: { code?: string; message: string } } }) => error.response)

      const suspendedDraft = await draft(1)
      await updateProducerWorkflow(container).run({ input: { id: producerId, status: "suspended" } })
      expect(await convert(suspendedDraft)).toMatchObject({ status: 400, data: { code: ERROR_CODES.producerNotApproved } })
      await updateProducerWorkflow(container).run({ input: { id: producerId, status: "approved" } })

      // 14215 is Xã Hải Hậu, in Ninh Bình (37), not in Thái Nguyên (19).
      const elsewhere = { ...haiHau, province: "Tỉnh Thái Nguyên", metadata: { province_code: "19", commune_code: "14215" } }
      expect(await convert(await draft(1, elsewhere))).toMatchObject({ status: 400, data: { code: ERROR_CODES.communeNotInProvince } })
      // Two of the three packs drafted, then two sold in the shop: one is left for the draft.
      const shortDraft = await draft(2)
      await completeCartWorkflow(container).run({ input: { id: await readyCart(container, shop, variantId, 2) } })
      expect(await convert(shortDraft)).toMatchObject({ status: 400, data: { code: ERROR_CODES.insufficientInventory } })

      const placed = await convert(suspendedDraft)
      expect(placed).toMatchObject({ status: 200, data: { order: { id: suspendedDraft, status: "pending" } } })
      // The refused drafts stay drafts, to be corrected and placed later.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: drafts } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { email: "lan.draft@example.vn" } })
      expect(drafts.filter((order) => order.status === "draft")).toHaveLength(2)
    })

    it("refuses more than the producer's stock and more than the line limit", async () => {
      const container = getContainer()
      const { variantId } = await producerWithProduct(container, shop, "little-stock", 2)
      const { result: cart } = await createCartWorkflow(container).run({ input: { region_id: shop.regionId, sales_channel_id: shop.webChannelId } })
      expect(
        await refusal(addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: variantId, quantity: 3 }] } })),
      ).toMatchObject({ type: "not_allowed", code: ERROR_CODES.insufficientInventory })
      expect(
        await refusal(addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: variantId, quantity: 100 }] } })),
      ).toMatchObject({ type: "not_allowed", code: ERROR_CODES.quantityAboveLimit })
      const { variantId: plenty } = await producerWithProduct(container, shop, "plenty", 500)
      await addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: plenty, quantity: 60 }] } })
      expect(
        await refusal(addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: plenty, quantity: 40 }] } })),
      ).toMatchObject({ code: ERROR_CODES.quantityAboveLimit })
      // A cart made with its first packs meets the same limit, through the workflow and the store API.
      expect(
        await refusal(
          createCartWorkflow(container).run({
            input: { region_id: shop.regionId, sales_channel_id: shop.webChannelId, items: [{ variant_id: plenty, quantity: 100 }] },
          }),
        ),
      ).toMatchObject({ code: ERROR_CODES.quantityAboveLimit })
      const httpCreated = await api
        .post("/store/carts", { region_id: shop.regionId, items: [{ variant_id: plenty, quantity: 100 }] }, shop.storeHeaders)
        .catch((error: { response: { status: number; data: { code: string } } }) => error.response)
      expect(httpCreated).toMatchObject({ status: 400, data: { code: ERROR_CODES.quantityAboveLimit } })
      const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, items: [{ variant_id: plenty, quantity: 99 }] }, shop.storeHeaders)
      expect(created.cart.items).toMatchObject([{ variant_id: plenty, quantity: 99 }])

      // Stock sold elsewhere after the pack went into the cart: the order is refused, nothing reserved.
      const cartId = await readyCart(container, shop, variantId, 2)
      const other = await readyCart(container, shop, variantId, 2)
      await completeCartWorkflow(container).run({ input: { id: other } })
      expect(await refusal(completeCartWorkflow(container).run({ input: { id: cartId } }))).toMatchObject({
        type: "not_allowed",
        code: ERROR_CODES.insufficientInventory,
      })
    })
  },
})
