/**
 * Private orders and carts (issue 13): an order opens only to its buyer (the account signed in, or
 * the guest's browser with the token its checkout was given), a placed cart is read as its order, a
 * registered customer's cart only with their session; everyone else gets the 404 an unknown id gets.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ORDER_ACCESS_HEADER } from "@ocop/domain/order-access"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../src/lib/store-setup"
import { createTestPack, guestOrderHeaders, HAI_HAU_SHIPPING_ADDRESS, type Headers, setUpStore, type TestStore } from "../fixtures"
import { answer, registerCustomer } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

type Answer = { status: number; data: any }


const UNKNOWN_ORDER = "order_01JZZZZZZZZZZZZZZZZZZZZZZZ"
const UNKNOWN_CART = "cart_01JZZZZZZZZZZZZZZZZZZZZZZZ"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: TestStore
    let variantId: string
    let guest: Headers

    beforeAll(async () => {
      const container = getContainer()
      shop = await setUpStore(container)
      guest = shop.storeHeaders
      ;({ variantId } = await createTestPack(container, shop, "private-orders", 120_000, 50))
    })

    const as = (token: string): Headers => ({ headers: { ...shop.storeHeaders.headers, authorization: `Bearer ${token}` } })
    const withOrderToken = (token: string, who: Headers = guest): Headers => ({ headers: { ...who.headers, [ORDER_ACCESS_HEADER]: token } })

    /** A registered customer, signed in by the link of their confirmation email. */
    const signUp = async (email: string) => {
      const session = await registerCustomer(api, getContainer(), shop.storeHeaders, { email })
      const { data } = await api.get("/store/customers/me", as(session))
      return { id: data.customer.id as string, email, headers: as(session) }
    }

    /** A cart of one pack with contact, Hải Hậu address, standard delivery and cash on delivery, through the store API. */
    const readyCart = async (who: Headers, email: string) => {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, who)
      const cartId = data.cart.id as string
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, who)
      await api.post(`/store/carts/${cartId}`, { email, shipping_address: HAI_HAU_SHIPPING_ADDRESS, billing_address: HAI_HAU_SHIPPING_ADDRESS }, who)
      await api.post(`/store/carts/${cartId}/delivery`, { kind: "standard" }, who)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, who)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: CASH_ON_DELIVERY_PROVIDER_ID }, who)
      return { cartId, collectionId: collection.payment_collection.id as string }
    }

    const placeOrder = async (who: Headers, email: string) => {
      const { cartId } = await readyCart(who, email)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, who)
      expect(data.type).toBe("order")
      return { cartId, orderId: data.order.id as string }
    }

    const customerOfCart = async (cartId: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["customer_id"], filters: { id: cartId } })
      return (data[0] as { customer_id: string | null }).customer_id
    }

    const readOrder = (orderId: string, who: Headers) => answer<Answer>(api.get(`/store/orders/${orderId}`, who))
    const readPayment = (orderId: string, who: Headers) => answer<Answer>(api.get(`/store/orders/${orderId}/payment`, who))

    /** Refused as an unknown id is: the same status and body, but for the id it names. */
    const expectUnknownOrder = (refused: Answer, orderId: string, unknown: Answer) => {
      expect(refused.status).toBe(404)
      expect(unknown.status).toBe(404)
      expect(JSON.stringify(refused.data).replaceAll(orderId, "<id>")).toBe(JSON.stringify(unknown.data).replaceAll(UNKNOWN_ORDER, "<id>"))
      expect(JSON.stringify(refused.data)).not.toMatch(/Nguyễn|0912345678|Trần Hưng Đạo|@example\.vn/)
    }

    it("shows a guest's order, and its payment, only with the token its checkout was given; a placed cart is read as its order", async () => {
      const { cartId, orderId } = await placeOrder(guest, "lan.guest@example.vn")
      const { data: access } = await api.get(`/store/carts/${cartId}/order-access`, guest)
      expect(access).toEqual({ order_id: orderId, order_access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) })
      const reader = await guestOrderHeaders(api, shop, cartId)

      const shown = await readOrder(orderId, reader)
      expect(shown.status).toBe(200)
      expect(shown.data.order).toMatchObject({ id: orderId, email: "lan.guest@example.vn", shipping_address: { phone: "0912345678", last_name: "Nguyễn" } })
      expect((await readPayment(orderId, reader)).data.payment).toMatchObject({ order_id: orderId, state: "awaiting" })

      const other = await placeOrder(guest, "mai.guest@example.vn")
      const othersToken = (await api.get(`/store/carts/${other.cartId}/order-access`, guest)).data.order_access_token as string
      const unknownOrder = await readOrder(UNKNOWN_ORDER, guest)
      const unknownPayment = await readPayment(UNKNOWN_ORDER, guest)
      expect(unknownOrder.data).toEqual({ type: "not_found", message: expect.stringMatching(/^No order .* An order opens only to its buyer/) })
      for (const stranger of [guest, withOrderToken("not-the-token"), withOrderToken(othersToken), withOrderToken(access.order_access_token.slice(0, -1))]) {
        expectUnknownOrder(await readOrder(orderId, stranger), orderId, unknownOrder)
        expectUnknownOrder(await readPayment(orderId, stranger), orderId, unknownPayment)
      }
      // Nor may anyone else ask for its return.
      const itemId = shown.data.order.items[0].id as string
      const returnOf = (id: string) => ({ order_id: id, items: [{ id: itemId, quantity: 1 }], return_shipping: { option_id: "so_01JZZZZZZZZZZZZZZZZZZZZZZZ" } })
      expectUnknownOrder(await answer<Answer>(api.post("/store/returns", returnOf(orderId), guest)), orderId, unknownOrder)
      expectUnknownOrder(await answer<Answer>(api.post("/store/returns", returnOf(orderId), withOrderToken(othersToken))), orderId, unknownOrder)
      // Nor does a customer signed in to another account see it, or get it by asking for its transfer.
      const mai = await signUp("mai.account@example.vn")
      expectUnknownOrder(await readOrder(orderId, mai.headers), orderId, unknownOrder)
      expectUnknownOrder(await answer<Answer>(api.post(`/store/orders/${orderId}/transfer/request`, {}, mai.headers)), orderId, unknownOrder)
      // Declining a transfer stays Medusa's, checked by the token it emails to the order's address.
      const declined = await answer<Answer>(api.post(`/store/orders/${orderId}/transfer/decline`, { token: "not-the-emailed-token" }, guest))
      expect(declined.status).toBeGreaterThanOrEqual(400)
      expect(declined.data.message).not.toMatch(/An order opens only to its buyer/)

      // The placed cart no longer shows the buyer's email and phone by its id ...
      const placedCart = await answer<Answer>(api.get(`/store/carts/${cartId}`, guest))
      const unknownCart = await answer<Answer>(api.get(`/store/carts/${UNKNOWN_CART}`, guest))
      expect(placedCart.status).toBe(404)
      expect(JSON.stringify(placedCart.data).replaceAll(cartId, "<id>")).toBe(JSON.stringify(unknownCart.data).replaceAll(UNKNOWN_CART, "<id>"))
      expect((await answer<Answer>(api.get(`/store/carts/${cartId}/delivery`, guest))).status).toBe(404)
      // ... but completing it again, as a checkout retried after a timeout does, still answers its order.
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, guest)
      expect(again.data).toMatchObject({ type: "order", order: { id: orderId } })
      // A cart not yet placed has no order to open.
      const { cartId: open } = await readyCart(guest, "lan.guest@example.vn")
      expect((await answer<Answer>(api.get(`/store/carts/${open}/order-access`, guest))).status).toBe(404)
    })

    it("shows a registered customer's order to that customer signed in, in their list too, and to no one else, token or not", async () => {
      const lan = await signUp("lan.account@example.vn")
      const { cartId, orderId } = await placeOrder(lan.headers, lan.email)
      expect((await api.get(`/store/carts/${cartId}/order-access`, lan.headers)).data).toEqual({ order_id: orderId, order_access_token: null })

      expect((await readOrder(orderId, lan.headers)).data.order).toMatchObject({ id: orderId, email: lan.email })
      expect((await readPayment(orderId, lan.headers)).status).toBe(200)
      const { data: list } = await api.get("/store/orders?fields=id", lan.headers)
      expect(list.orders.map((order: { id: string }) => order.id)).toEqual([orderId])

      const guestOrder = await placeOrder(guest, "guest.token@example.vn")
      const guestsToken = (await api.get(`/store/carts/${guestOrder.cartId}/order-access`, guest)).data.order_access_token as string
      const mai = await signUp("mai.other@example.vn")
      const unknownOrder = await readOrder(UNKNOWN_ORDER, guest)
      const unknownPayment = await readPayment(UNKNOWN_ORDER, guest)
      for (const stranger of [guest, mai.headers, withOrderToken(guestsToken), withOrderToken(guestsToken, mai.headers)]) {
        expectUnknownOrder(await readOrder(orderId, stranger), orderId, unknownOrder)
        expectUnknownOrder(await readPayment(orderId, stranger), orderId, unknownPayment)
      }
      // The account's own session opens the guest's order no more than anyone's does.
      expectUnknownOrder(await readOrder(guestOrder.orderId, lan.headers), guestOrder.orderId, unknownOrder)
      // Its placed cart, and the order behind it, stay closed to others.
      expect((await answer<Answer>(api.get(`/store/carts/${cartId}/order-access`, guest))).status).toBe(404)
      expect((await answer<Answer>(api.post(`/store/carts/${cartId}/complete`, {}, mai.headers))).status).toBe(404)
    })

    it("lets only its customer read, change, pay or move a registered customer's cart; a guest cart still works by its id", async () => {
      const lan = await signUp("lan.cart@example.vn")
      const mai = await signUp("mai.cart@example.vn")
      const { cartId, collectionId } = await readyCart(lan.headers, lan.email)
      const unknownCart = await answer<Answer>(api.get(`/store/carts/${UNKNOWN_CART}`, guest))

      for (const stranger of [guest, mai.headers]) {
        const refused = await answer<Answer>(api.get(`/store/carts/${cartId}`, stranger))
        expect(refused.status).toBe(404)
        expect(JSON.stringify(refused.data).replaceAll(cartId, "<id>")).toBe(JSON.stringify(unknownCart.data).replaceAll(UNKNOWN_CART, "<id>"))
        const attempts = [
          () => api.post(`/store/carts/${cartId}`, { email: "thief@example.vn" }, stranger),
          () => api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, stranger),
          () => api.get(`/store/carts/${cartId}/delivery`, stranger),
          () => api.post(`/store/carts/${cartId}/delivery`, { kind: "express" }, stranger),
          () => api.get(`/store/carts/${cartId}/payment`, stranger),
          () => api.post("/store/payment-collections", { cart_id: cartId }, stranger),
          () => api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: CASH_ON_DELIVERY_PROVIDER_ID }, stranger),
          () => api.post(`/store/carts/${cartId}/complete`, {}, stranger),
        ]
        for (const attempt of attempts) expect((await answer(attempt())).status).toBe(404)
      }
      // Mai holding Lan's cart id cannot move the cart to her own account.
      expect((await answer<Answer>(api.post(`/store/carts/${cartId}/customer`, {}, mai.headers))).status).toBe(404)

      const { data: mine } = await api.get(`/store/carts/${cartId}?fields=id,email,*items,*shipping_address`, lan.headers)
      expect(mine.cart).toMatchObject({ email: lan.email, items: [{ quantity: 1 }], shipping_address: { phone: "0912345678" } })
      expect(await customerOfCart(cartId)).toBe(lan.id)
      await api.post(`/store/carts/${cartId}`, { billing_address: { ...HAI_HAU_SHIPPING_ADDRESS, first_name: "Lan Anh" } }, lan.headers)
      expect((await api.get(`/store/carts/${cartId}/payment`, lan.headers)).data.payment_choices.length).toBeGreaterThan(0)
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, lan.headers)
      expect(placed).toMatchObject({ type: "order", order: { email: lan.email, billing_address: { first_name: "Lan Anh" }, items: [{ quantity: 1 }] } })

      // A guest's cart is the holder's, whoever holds it; signing in makes it the account's.
      const { cartId: guestCart } = await readyCart(guest, "khach@example.vn")
      expect((await api.get(`/store/carts/${guestCart}`, guest)).data.cart).toMatchObject({ id: guestCart, email: "khach@example.vn" })
      expect((await api.get(`/store/carts/${guestCart}/delivery`, mai.headers)).status).toBe(200)
      await api.post(`/store/carts/${guestCart}/customer`, {}, mai.headers)
      expect((await answer<Answer>(api.get(`/store/carts/${guestCart}`, guest))).status).toBe(404)
      expect((await api.get(`/store/carts/${guestCart}`, mai.headers)).data.cart.email).toBe(mai.email)
      expect(await customerOfCart(guestCart)).toBe(mai.id)
    })

    it("keeps a guest's cart the guest's when it is given an account's email, and answers as for any email", async () => {
      const lan = await signUp("lan.email@example.vn")
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, guest)
      const cartId = data.cart.id as string
      // Medusa alone would make this cart Lan's, closing it to the guest who typed her email.
      const { data: typed } = await api.post(`/store/carts/${cartId}?fields=id,email`, { email: "Lan.Email@example.vn" }, guest)
      expect(typed.cart).toMatchObject({ id: cartId, email: lan.email })
      const guestCustomer = await customerOfCart(cartId)
      expect(guestCustomer).not.toBeNull()
      expect(guestCustomer).not.toBe(lan.id)
      expect((await api.get(`/store/carts/${cartId}?fields=email`, guest)).data.cart.email).toBe(lan.email)
      // Nor does Lan's account get the cart, or its address, by it.
      const { data: lansCart } = await answer<Answer>(api.get("/store/customers/me/cart", lan.headers))
      expect(lansCart?.cart?.id).not.toBe(cartId)

      // The same for an email without an account: the answer tells nothing.
      const { data: other } = await api.post("/store/carts", { region_id: shop.regionId }, guest)
      const { data: plain } = await api.post(`/store/carts/${other.cart.id}?fields=id,email`, { email: "khach.khac@example.vn" }, guest)
      expect(Object.keys(plain.cart).sort()).toEqual(Object.keys(typed.cart).sort())

      // A new cart made with her email and no session is a guest's too, as with any other email.
      for (const email of [lan.email, "khach.moi@example.vn"]) {
        const { data: made } = await api.post("/store/carts?fields=id,email", { region_id: shop.regionId, email }, guest)
        expect(made.cart.email).toBe(email)
        expect(await customerOfCart(made.cart.id)).not.toBe(lan.id)
        expect((await api.get(`/store/carts/${made.cart.id}?fields=email`, guest)).data.cart.email).toBe(email)
      }
      const { data: hers } = await api.post("/store/carts", { region_id: shop.regionId, email: lan.email }, lan.headers)
      expect(hers.cart.email).toBe(lan.email)
      expect(await customerOfCart(hers.cart.id)).toBe(lan.id)
    })
  },
})
