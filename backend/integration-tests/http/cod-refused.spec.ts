/**
 * A cash-on-delivery parcel refused, or not collected, at the door, on a real Postgres: the order
 * is cancelled, its packs are back in stock at the producer's location and the payment is
 * cancelled with nothing captured, whether the parcel had left or not; the buyer is told. Orders
 * paid another way, or already delivered, are refused with what to do instead.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CASH_ON_DELIVERY_PROVIDER_ID, VIETQR_PROVIDER_ID } from "../../src/lib/store-setup"
import { refuseCashOnDeliveryWorkflow } from "../../src/workflows/refuse-cash-on-delivery"
import {
  createReadyCart,
  createTestPack,
  type Headers,
  packParcel,
  setUpStore,
  shipParcel,
  signInOperator,
  type TestPack,
  type TestStore,
} from "../fixtures"
import { eventually } from "../helpers"

jest.setTimeout(5 * 60 * 1000)

type Answer = { status: number; data: { message?: string; order?: { id: string; status: string } } }
type Api = { post: (path: string, body: unknown, config?: unknown) => Promise<Answer> }

type Pack = TestPack

/** An order by `email` of `quantity` packs of each of `packs`, paid by `providerId`. */
async function orderPaidBy(container: MedusaContainer, shop: TestStore, email: string, packs: Pack[], quantity: number, providerId: string) {
  const lines = packs.map((pack) => ({ variantId: pack.variantId, quantity }))
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: await createReadyCart(container, shop, { email, lines, providerId }) } })
  return order.id as string
}

/** Packs on the shelf at the producer's location, those held for orders, and those a buyer can still order. */
async function stockOf(container: MedusaContainer, pack: Pack) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: pack.inventoryItemId, location_id: pack.locationId })
  const available = await inventory.retrieveAvailableQuantity(pack.inventoryItemId, [pack.locationId])
  return { stocked: Number(level!.stocked_quantity), reserved: Number(level!.reserved_quantity), available: Number(available) }
}

type PaymentRow = { provider_id: string; captured_at: unknown; canceled_at: unknown; captures: unknown[] }
type OrderState = {
  status: string
  payment_collections: { status: string; payments: PaymentRow[] }[]
  returns: { status: string; location_id: string; items: { quantity: number; received_quantity: number }[] }[]
}

async function orderState(container: MedusaContainer, orderId: string): Promise<OrderState> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "status",
      "payment_collections.status",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.id",
      "returns.status",
      "returns.location_id",
      "returns.items.quantity",
      "returns.items.received_quantity",
    ],
    filters: { id: orderId },
  })
  return data[0] as OrderState
}

const paymentsOf = (order: OrderState) => order.payment_collections.flatMap((collection) => collection.payments)

/** Nothing was ever captured, and the cash-on-delivery payment is cancelled, as is every collection of the order. */
function expectCancelledWithNothingCaptured(order: OrderState) {
  expect(order.status).toBe("canceled")
  expect(paymentsOf(order)).toEqual([
    expect.objectContaining({ provider_id: CASH_ON_DELIVERY_PROVIDER_ID, captured_at: null, canceled_at: expect.anything(), captures: [] }),
  ])
  expect(order.payment_collections.map((collection) => collection.status)).toEqual(order.payment_collections.map(() => "canceled"))
}

async function notificationsTo(container: MedusaContainer, email: string) {
  return container.resolve(Modules.NOTIFICATION).listNotifications({ to: email })
}

const refusal = (api: Api, orderId: string, body: unknown, admin: Headers) =>
  api.post(`/admin/orders/${orderId}/refused-at-door`, body, admin).catch((error: { response: Answer }) => error.response)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: TestStore
    let admin: Headers

    beforeAll(async () => {
      shop = await setUpStore(getContainer())
      admin = await signInOperator(getContainer(), api, "door@test.example.vn")
    })

    it("cancels an order refused before its parcel left: the stock is the producer's again and nothing is captured", async () => {
      const container = getContainer()
      const pack = await createTestPack(container, shop, "refused-packed", 120_000, 5)
      const before = await stockOf(container, pack)
      const orderId = await orderPaidBy(container, shop, "lan.packed@example.vn", [pack], 2, CASH_ON_DELIVERY_PROVIDER_ID)
      expect(await stockOf(container, pack)).toEqual({ stocked: 5, reserved: 2, available: 3 })
      await packParcel(container, orderId, pack)
      expect(await stockOf(container, pack)).toEqual({ stocked: 3, reserved: 0, available: 3 })

      const answer = await refusal(api, orderId, { reason: "Khách đổi ý, không nhận hàng" }, admin)
      expect(answer).toMatchObject({ status: 200, data: { order: { id: orderId, status: "canceled" } } })

      expectCancelledWithNothingCaptured(await orderState(container, orderId))
      expect(await stockOf(container, pack)).toEqual(before)
      expect(before).toEqual({ stocked: 5, reserved: 0, available: 5 })
      expect(await notificationsTo(container, "lan.packed@example.vn")).toEqual([
        expect.objectContaining({
          channel: "email",
          template: "order-refused-at-door",
          data: expect.objectContaining({ order_id: orderId, reason: "Khách đổi ý, không nhận hàng" }),
        }),
      ])
      // Recorded once: the second time there is nothing left to refuse.
      const again = await refusal(api, orderId, {}, admin)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/cancelled already/)
    })

    it("takes back a parcel refused after it was shipped: received at the producer's location, the order cancelled, nothing captured", async () => {
      const container = getContainer()
      const pack = await createTestPack(container, shop, "refused-shipped", 150_000, 4)
      const before = await stockOf(container, pack)
      const orderId = await orderPaidBy(container, shop, "lan.shipped@example.vn", [pack], 3, CASH_ON_DELIVERY_PROVIDER_ID)
      await shipParcel(container, orderId, pack)
      expect(await stockOf(container, pack)).toEqual({ stocked: 1, reserved: 0, available: 1 })

      const answer = await refusal(api, orderId, { reason: "Khách không nghe máy, shipper hoàn hàng" }, admin)
      expect(answer).toMatchObject({ status: 200, data: { order: { status: "canceled" } } })

      const order = await orderState(container, orderId)
      expectCancelledWithNothingCaptured(order)
      expect(order.returns).toEqual([
        expect.objectContaining({ status: "received", location_id: pack.locationId, items: [expect.objectContaining({ quantity: 3, received_quantity: 3 })] }),
      ])
      expect(await stockOf(container, pack)).toEqual(before)
      expect(before).toEqual({ stocked: 4, reserved: 0, available: 4 })
      expect(await notificationsTo(container, "lan.shipped@example.vn")).toEqual([
        expect.objectContaining({ channel: "email", template: "order-refused-at-door", data: expect.objectContaining({ order_id: orderId }) }),
      ])
    })

    it("undoes a two-producer order whose one parcel was shipped and the other still packed, each at its own location", async () => {
      const container = getContainer()
      const shipped = await createTestPack(container, shop, "two-shipped", 100_000, 6)
      const packed = await createTestPack(container, shop, "two-packed", 90_000, 6)
      const orderId = await orderPaidBy(container, shop, "lan.two@example.vn", [shipped, packed], 2, CASH_ON_DELIVERY_PROVIDER_ID)
      await shipParcel(container, orderId, shipped)
      await packParcel(container, orderId, packed)

      // Through the workflow, as the producer portal will call it.
      const { result } = await refuseCashOnDeliveryWorkflow(container).run({ input: { order_id: orderId } })
      expect(result).toEqual({ order_id: orderId, returned_parcels: 1 })

      const order = await orderState(container, orderId)
      expectCancelledWithNothingCaptured(order)
      expect(order.returns).toEqual([expect.objectContaining({ status: "received", location_id: shipped.locationId })])
      expect(await stockOf(container, shipped)).toEqual({ stocked: 6, reserved: 0, available: 6 })
      expect(await stockOf(container, packed)).toEqual({ stocked: 6, reserved: 0, available: 6 })
      expect(await notificationsTo(container, "lan.two@example.vn")).toEqual([
        expect.objectContaining({ template: "order-refused-at-door", data: expect.objectContaining({ reason: null }) }),
      ])
    })

    it("refuses an order paid by bank transfer, and one delivered with its cash collected, saying what to do instead", async () => {
      const container = getContainer()
      const pack = await createTestPack(container, shop, "not-refusable", 80_000, 5)

      const transferId = await orderPaidBy(container, shop, "lan.transfer@example.vn", [pack], 1, VIETQR_PROVIDER_ID)
      const byTransfer = await refusal(api, transferId, {}, admin)
      expect(byTransfer.status).toBe(400)
      expect(byTransfer.data.message).toMatch(/paid by bank transfer.*refund the transfer/i)
      const transfer = await orderState(container, transferId)
      expect(transfer.status).toBe("pending")
      expect(paymentsOf(transfer)).toEqual([expect.objectContaining({ provider_id: VIETQR_PROVIDER_ID, captured_at: null, canceled_at: null })])

      const deliveredId = await orderPaidBy(container, shop, "lan.delivered@example.vn", [pack], 1, CASH_ON_DELIVERY_PROVIDER_ID)
      const parcel = await shipParcel(container, deliveredId, pack)
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: deliveredId, fulfillmentId: parcel.fulfillmentId } })
      await eventually(
        () => orderState(container, deliveredId),
        (order) => paymentsOf(order).every((payment) => Boolean(payment.captured_at)),
      )
      const delivered = await refusal(api, deliveredId, { reason: "nhầm đơn" }, admin)
      expect(delivered.status).toBe(400)
      expect(delivered.data.message).toBe("The parcel was delivered and the cash collected: record a return instead.")
      const paid = await orderState(container, deliveredId)
      expect(paid.status).not.toBe("canceled")
      expect(paymentsOf(paid)).toEqual([expect.objectContaining({ canceled_at: null, captures: [expect.anything()] })])

      // Neither refusal moved stock: one pack held for the transfer, one gone with the delivered parcel.
      expect(await stockOf(container, pack)).toEqual({ stocked: 4, reserved: 1, available: 3 })
      expect(await notificationsTo(container, "lan.transfer@example.vn")).toEqual([])
      expect(await notificationsTo(container, "lan.delivered@example.vn")).toEqual([])
    })
  },
})
