/**
 * The ways to pay, on a real Postgres: cash on delivery (its ceiling, captured when delivered),
 * VietQR bank transfer (the code, the signed bank notifications and every way one can go wrong),
 * and the job that cancels an order whose transfer never came.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { decodeVietQr } from "@ocop/domain/vietqr"
import { CASH_ON_DELIVERY_PROVIDER_ID, VIETQR_PROVIDER_ID } from "../../src/lib/store-setup"
import { BANK_TRANSFER_MODULE } from "../../src/modules/bank-transfer"
import type BankTransferModuleService from "../../src/modules/bank-transfer/service"
import { cancelUnpaidTransferOrderWorkflow, unpaidTransferOrders } from "../../src/workflows/cancel-unpaid-transfer-orders"
import { payosNotification, type SignedNotification, sepayNotification } from "../bank-notifications"
import { createReadyCart, createTestPack, guestOrderHeaders, setUpStore, signInOperator, type TestStore } from "../fixtures"
import { eventually } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

type Api = { post: (path: string, body: unknown, config?: unknown) => Promise<{ status: number; data: any }> }

type PaymentRow = { id: string; amount: unknown; captured_at?: unknown; canceled_at?: unknown; captures?: unknown[]; data?: { reference?: string } }

async function paymentOf(container: MedusaContainer, orderId: string): Promise<PaymentRow> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.*", "payment_collections.payments.captures.id"],
    filters: { id: orderId },
  })
  return (data[0] as { payment_collections: { payments: PaymentRow[] }[] }).payment_collections[0]!.payments[0]!
}

function send(api: Api, notification: SignedNotification) {
  return api
    .post(notification.path, notification.body, { headers: notification.headers, transformRequest: [(body: unknown) => body] })
    .catch((error: { response: { status: number; data: any } }) => error.response)
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: TestStore
    const transfers = () => getContainer().resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)

    beforeAll(async () => {
      shop = await setUpStore(getContainer())
    })

    describe("cash on delivery", () => {
      it("is not offered above the 5.000.000 ₫ ceiling, with the reason, and a session above it is refused", async () => {
        const container = getContainer()
        const { variantId } = await createTestPack(container, shop, "ceiling", 1_000_000, 20)
        const { result: cart } = await createCartWorkflow(container).run({ input: { region_id: shop.regionId, sales_channel_id: shop.webChannelId } })
        await addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: variantId, quantity: 5 }] } })
        const choices = async () => (await api.get(`/store/carts/${cart.id}/payment`, shop.storeHeaders)).data.payment_choices
        expect(await choices()).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ provider_id: CASH_ON_DELIVERY_PROVIDER_ID, available: true }),
            expect.objectContaining({ provider_id: VIETQR_PROVIDER_ID, available: true }),
          ]),
        )

        await addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: variantId, quantity: 1 }] } })
        const cod = (await choices()).find((choice: { provider_id: string }) => choice.provider_id === CASH_ON_DELIVERY_PROVIDER_ID)
        expect(cod).toMatchObject({ available: false, code: ERROR_CODES.codAboveCeiling })
        expect(cod.unavailable_reason).toMatch(/up to 5\.000\.000\s₫.*bank transfer \(VietQR\) or card/i)

        const { data: created } = await api.post("/store/payment-collections", { cart_id: cart.id }, shop.storeHeaders)
        const refused = await api
          .post(`/store/payment-collections/${created.payment_collection.id}/payment-sessions`, { provider_id: CASH_ON_DELIVERY_PROVIDER_ID }, shop.storeHeaders)
          .catch((error: { response: { status: number; data: { code: string } } }) => error.response)
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(refused.status).toBeLessThan(500)
        expect(refused.data.code).toBe(ERROR_CODES.codAboveCeiling)
      })

      it("is captured when the order's parcel is marked delivered, and not before", async () => {
        const container = getContainer()
        const { variantId } = await createTestPack(container, shop, "delivered", 120_000, 5)
        const cartId = await createReadyCart(container, shop, { email: "lan.payment@example.vn", lines: [{ variantId, quantity: 1 }], providerId: CASH_ON_DELIVERY_PROVIDER_ID })
        const { result: placed } = await completeCartWorkflow(container).run({ input: { id: cartId } })
        const buyer = await guestOrderHeaders(api, shop, cartId)
        expect(await paymentOf(container, placed.id)).toMatchObject({ captured_at: null })
        expect((await api.get(`/store/orders/${placed.id}/payment`, buyer)).data.payment).toMatchObject({ state: "awaiting", bank_transfer: null })

        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.id", "items.quantity", "items.detail.quantity"], filters: { id: placed.id } })
        const items = (data[0] as { items: { id: string; quantity: number }[] }).items
        const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
          input: { order_id: placed.id, items: items.map((item) => ({ id: item.id, quantity: item.quantity })) },
        })
        expect(await paymentOf(container, placed.id)).toMatchObject({ captured_at: null })
        await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: placed.id, fulfillmentId: fulfillment.id } })

        const paid = await eventually(() => paymentOf(container, placed.id), (payment) => Boolean(payment.captured_at))
        expect(paid.captures).toHaveLength(1)
        expect((await api.get(`/store/orders/${placed.id}/payment`, buyer)).data.payment).toMatchObject({ state: "paid", amount: 150_000 })

        // The buyer sends the rice back; the operator pays the cash back and records it with its reference.
        const admin = await signInOperator(container, api, "cod.refunds@test.example.vn")
        await api.post(`/admin/payments/${paid.id}/refund`, { amount: 150_000, note: "Hoàn tiền mặt, phiếu chi PC-0012" }, admin)
        expect((await api.get(`/store/orders/${placed.id}/payment`, buyer)).data.payment.state).toBe("refunded")
        const { data: refunds } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "payment",
          fields: ["data", "refunds.amount", "refunds.note"],
          filters: { id: paid.id },
        })
        expect(refunds[0]).toMatchObject({ data: { refunded_amount: 150_000 }, refunds: [{ amount: 150_000, note: "Hoàn tiền mặt, phiếu chi PC-0012" }] })
      })
    })

    describe("VietQR bank transfer", () => {
      /** An order of one 180.000 ₫ pack plus 30.000 ₫ delivery, placed and awaiting its transfer. */
      async function awaitingOrder(handle: string) {
        const container = getContainer()
        const { variantId } = await createTestPack(container, shop, handle, 180_000, 5)
        const cartId = await createReadyCart(container, shop, { email: "lan.payment@example.vn", lines: [{ variantId, quantity: 1 }], providerId: VIETQR_PROVIDER_ID })
        const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
        const buyer = await guestOrderHeaders(api, shop, cartId)
        const { data } = await api.get(`/store/orders/${result.id}/payment`, buyer)
        return { orderId: result.id as string, payment: data.payment, buyer }
      }

      it("shows the shop's account, the amount and a VietQR code that reads back to the order's reference", async () => {
        const { payment } = await awaitingOrder("qr-code")
        expect(payment).toMatchObject({ state: "awaiting", provider_id: VIETQR_PROVIDER_ID, amount: 210_000 })
        const transfer = payment.bank_transfer
        expect(transfer).toMatchObject({ bank_name: "Vietcombank", account_number: "1023456789", amount: 210_000 })
        expect(transfer.reference).toMatch(/^OCOP[0-9A-Z]{8}$/)
        expect(decodeVietQr(transfer.payload)).toMatchObject({
          initiation: "dynamic",
          bin: "970436",
          accountNumber: "1023456789",
          amount: 210_000,
          purpose: transfer.reference,
        })
      })

      it("is paid by a signed SePay notification, once however often it is sent, and a bad signature changes nothing", async () => {
        const container = getContainer()
        const { orderId, payment, buyer } = await awaitingOrder("sepay")
        const content = `MBVCB.3278907687.${payment.bank_transfer.reference}.CT tu 0912345678 NGUYEN VAN A`
        const good = sepayNotification({ amount: 210_000, content })

        const forged = { ...good, headers: { ...good.headers, "x-sepay-signature": `sha256=${"0".repeat(64)}` } }
        expect(await send(api, forged)).toMatchObject({ status: 401, data: { code: "invalid_signature" } })
        const tampered = { ...good, body: good.body.replace("210000", "2100000") }
        expect((await send(api, tampered)).status).toBe(401)
        const stale = sepayNotification({ amount: 210_000, content, timestamp: new Date(Date.now() - 6 * 60_000) })
        expect(await send(api, stale)).toMatchObject({ status: 401, data: { code: "stale_timestamp" } })
        expect(await transfers().listBankTransfers({})).toHaveLength(0)
        expect(await paymentOf(container, orderId)).toMatchObject({ captured_at: null })

        const answers = await Promise.all(Array.from({ length: 10 }, () => send(api, good)))
        expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200))
        expect(answers.filter((answer) => answer.data.recorded)).toHaveLength(1)
        const paid = await paymentOf(container, orderId)
        expect(paid.captured_at).toBeTruthy()
        expect(paid.captures).toHaveLength(1)
        expect(await transfers().listBankTransfers({})).toEqual([expect.objectContaining({ outcome: "paid", order_id: orderId })])
        expect((await api.get(`/store/orders/${orderId}/payment`, buyer)).data.payment.state).toBe("paid")

        // Refunded by the shop's own transfer back, recorded with the bank's reference.
        const admin = await signInOperator(container, api, "transfer.refunds@test.example.vn")
        await api.post(`/admin/payments/${paid.id}/refund`, { amount: 210_000, note: "FT26336000123" }, admin)
        expect((await api.get(`/store/orders/${orderId}/payment`, buyer)).data.payment.state).toBe("refunded")
      })

      it("is paid by a signed payOS notification", async () => {
        const container = getContainer()
        const { orderId, payment } = await awaitingOrder("payos")
        const answer = await send(api, payosNotification({ amount: 210_000, description: `CSQ ${payment.bank_transfer.reference.toLowerCase()} thanh toan` }))
        expect(answer).toMatchObject({ status: 200, data: { recorded: true, outcome: "paid" } })
        expect((await paymentOf(container, orderId)).captured_at).toBeTruthy()
        const forged = payosNotification({ amount: 210_000, description: payment.bank_transfer.reference }, "not-the-checksum-key")
        expect((await send(api, forged)).status).toBe(401)
      })

      it("captures nothing for a short or an over payment, or an unknown reference, and lists each to resolve", async () => {
        const container = getContainer()
        const { orderId, payment } = await awaitingOrder("wrong-amount")
        const reference = payment.bank_transfer.reference
        expect(await send(api, sepayNotification({ amount: 200_000, content: `${reference} thieu` }))).toMatchObject({
          status: 200,
          data: { outcome: "amount_mismatch" },
        })
        expect(await send(api, sepayNotification({ amount: 250_000, content: `${reference} thua` }))).toMatchObject({
          data: { outcome: "amount_mismatch" },
        })
        expect(await send(api, sepayNotification({ amount: 210_000, content: "OCOPZZZZZZZZ chuyen tien" }))).toMatchObject({
          data: { outcome: "unknown_reference" },
        })
        expect(await send(api, sepayNotification({ amount: 99_000, content: "chuyen tien an trua" }))).toMatchObject({
          data: { outcome: "unknown_reference" },
        })
        expect(await paymentOf(container, orderId)).toMatchObject({ captured_at: null })
        const listed = await transfers().listBankTransfers({ outcome: ["amount_mismatch", "unknown_reference"], resolved_at: null })
        expect(listed).toHaveLength(4)

        // The operator's list, and settling by hand: the over-payment matched to its order (which is
        // then paid), the short one refused as a match, a stranger's transfer refunded.
        const admin = await signInOperator(container, api, "transfers@test.example.vn")
        const toResolve = async () => (await api.get("/admin/bank-transfers", admin)).data.bank_transfers as { id: string; amount: number; description: string }[]
        expect(await toResolve()).toHaveLength(4)
        const over = (await toResolve()).find((transfer) => transfer.description.includes("thua"))!
        const short = (await toResolve()).find((transfer) => transfer.description.includes("thieu"))!
        const resolve = (id: string, body: unknown) =>
          api.post(`/admin/bank-transfers/${id}/resolve`, body, admin).catch((error: { response: { status: number; data: any } }) => error.response)
        expect((await resolve(short.id, { resolution: "matched", order_id: orderId })).status).toBe(400)
        expect((await resolve(over.id, { resolution: "matched" })).status).toBe(400)
        expect(await resolve(over.id, { resolution: "matched", order_id: orderId, note: "trả lại 40.000 ₫ thừa" })).toMatchObject({ status: 200 })
        expect((await paymentOf(container, orderId)).captured_at).toBeTruthy()
        const stranger = (await toResolve()).find((transfer) => transfer.description.includes("an trua"))!
        expect(await resolve(stranger.id, { resolution: "refunded", note: "FT2612010001" })).toMatchObject({ status: 200 })
        expect(await toResolve()).toHaveLength(2)
        expect((await resolve(stranger.id, { resolution: "refunded", note: "again" })).status).toBe(400)
      })

      it("cancels an order whose transfer did not come within 24 hours, releasing its stock and telling the buyer", async () => {
        const container = getContainer()
        const { orderId, buyer } = await awaitingOrder("unpaid")
        expect(await unpaidTransferOrders(container)).toEqual([])
        const overdue = await unpaidTransferOrders(container, new Date(Date.now() + 25 * 3_600_000))
        expect(overdue.map((order) => order.id)).toEqual([orderId])
        await cancelUnpaidTransferOrderWorkflow(container).run({ input: overdue[0]! })

        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["status", "items.variant_id"], filters: { id: orderId } })
        expect(data[0]).toMatchObject({ status: "canceled" })
        const variantId = (data[0] as { items: { variant_id: string }[] }).items[0]!.variant_id
        const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "variant",
          fields: ["inventory_items.inventory.location_levels.reserved_quantity"],
          filters: { id: variantId },
        })
        expect((variants[0] as any).inventory_items[0].inventory.location_levels[0].reserved_quantity).toBe(0)
        expect(await unpaidTransferOrders(container, new Date(Date.now() + 25 * 3_600_000))).toEqual([])
        const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: "lan.payment@example.vn" })
        expect(notifications).toEqual([expect.objectContaining({ template: "order-unpaid-canceled", channel: "email" })])
        const { payment } = (await api.get(`/store/orders/${orderId}/payment`, buyer)).data
        expect(payment.state).toBe("canceled")
        // A transfer arriving after that pays nothing and is listed to resolve (a refund by hand).
        const late = await send(api, sepayNotification({ amount: 210_000, content: payment.bank_transfer.reference }))
        expect(late).toMatchObject({ status: 200, data: { outcome: "order_canceled" } })
      })
    })
  },
})
