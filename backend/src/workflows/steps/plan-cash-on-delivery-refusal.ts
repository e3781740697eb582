/**
 * Whether an order can be recorded as refused at the door, and what undoing its delivery takes:
 * the parcels still at the producer to cancel, and the parcels on their way back to receive.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_PAYMENT_FIELDS, type OrderPaymentRow, paymentsOf, type WithPayments } from "../../lib/order-payments"
import { CARD_STRIPE_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID, VIETQR_PROVIDER_ID } from "../../lib/store-setup"

export type RefusalInput = { order_id: string; reason?: string | null; recorded_by?: string | null }

/** The packs of one producer's parcel that come back to its stock location. */
export type ParcelComingBack = { order_id: string; location_id: string; items: { id: string; quantity: number }[]; reason: string | null; recorded_by: string | null }

export type RefusalPlan = {
  order_id: string
  email: string | null
  display_id: number | null
  reason: string | null
  recorded_by: string | null
  /** Fulfillments not yet handed to the courier: Medusa cancels them and puts their stock back. */
  unshipped: { order_id: string; fulfillment_id: string; canceled_by?: string }[]
  /** Fulfillments shipped and refused: they come back as a return, received at their location. */
  coming_back: ParcelComingBack[]
}

type Payment = OrderPaymentRow
type FulfillmentRow = {
  id: string
  location_id: string
  shipped_at?: unknown
  delivered_at?: unknown
  canceled_at?: unknown
  items?: ({ line_item_id?: string | null; inventory_item_id?: string | null; quantity: unknown } | null)[] | null
}
type OrderRow = WithPayments & {
  id: string
  status: string
  email?: string | null
  display_id?: number | null
  items?: ({ id: string; variant?: { inventory_items?: ({ inventory_item_id: string; required_quantity?: unknown } | null)[] | null } | null } | null)[] | null
  fulfillments?: (FulfillmentRow | null)[] | null
}

const OTHER_WAYS_TO_PAY: Record<string, string> = {
  [VIETQR_PROVIDER_ID]: "This order is paid by bank transfer (VietQR), not cash on delivery: cancel the order instead, and refund the transfer if it came in.",
  [CARD_STRIPE_PROVIDER_ID]: "This order is paid by card, not cash on delivery: cancel the order instead, and refund the card payment if it was taken.",
}

async function orderToRefuse(container: MedusaContainer, orderId: string): Promise<OrderRow> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "email",
      "display_id",
      "items.id",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "fulfillments.id",
      "fulfillments.location_id",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.items.line_item_id",
      "fulfillments.items.inventory_item_id",
      "fulfillments.items.quantity",
      ...ORDER_PAYMENT_FIELDS,
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${orderId} was found.`)
  return order
}

/** Why the order cannot be recorded as refused, in words the operator can act on; null when it can. */
function whyNotRefusable(order: OrderRow, payments: Payment[], fulfillments: FulfillmentRow[]): string | null {
  if (order.status === "canceled") return "This order is cancelled already: there is nothing to refuse."
  const cash = payments.filter((payment) => payment.provider_id === CASH_ON_DELIVERY_PROVIDER_ID)
  if (!cash.length) {
    const other = payments.find((payment) => OTHER_WAYS_TO_PAY[payment.provider_id])
    return other ? OTHER_WAYS_TO_PAY[other.provider_id]! : "This order is not paid by cash on delivery: cancel the order instead, and refund what was paid."
  }
  if (cash.some((payment) => payment.captured_at)) return "The parcel was delivered and the cash collected: record a return instead."
  if (order.status === "completed") return "This order is completed: record a return instead."
  const delivered = fulfillments.filter((fulfillment) => fulfillment.delivered_at)
  if (delivered.length === fulfillments.length && delivered.length) {
    return "The parcel was delivered: record a return instead."
  }
  if (delivered.length) {
    return "Part of this order was delivered: a refusal undoes a whole order, so record a return for the parcels that came back instead."
  }
  // A cancelled cash payment on an order still open is a refusal that failed halfway (Medusa
  // cannot un-cancel a payment when it rolls back): recording the refusal again finishes it.
  return null
}

/**
 * The packs of each refused parcel, by line, at the location they left from. A kit's line has a
 * fulfillment item per inventory item, all for the same packs (as Medusa's cancel-order-fulfillment
 * reads them): one of them says how many packs of the line went.
 */
function parcelsComingBack(order: OrderRow, shipped: FulfillmentRow[], reason: string | null, recordedBy: string | null): ParcelComingBack[] {
  const lines = new Map((order.items ?? []).flatMap((item) => (item ? [[item.id, item] as const] : [])))
  const byLocation = new Map<string, Map<string, number>>()
  for (const fulfillment of shipped) {
    const packs = byLocation.get(fulfillment.location_id) ?? new Map<string, number>()
    const counted = new Set<string>()
    for (const item of fulfillment.items ?? []) {
      if (!item?.line_item_id || counted.has(item.line_item_id)) continue
      counted.add(item.line_item_id)
      const required = lines.get(item.line_item_id)?.variant?.inventory_items?.find((link) => link?.inventory_item_id === item.inventory_item_id)?.required_quantity
      const quantity = MathBN.div(item.quantity as number, (required as number | undefined) ?? 1).toNumber()
      packs.set(item.line_item_id, (packs.get(item.line_item_id) ?? 0) + quantity)
    }
    byLocation.set(fulfillment.location_id, packs)
  }
  return [...byLocation].map(([location_id, packs]) => ({
    order_id: order.id,
    location_id,
    items: [...packs].map(([id, quantity]) => ({ id, quantity })),
    reason,
    recorded_by: recordedBy,
  }))
}

/** Reads and judges only: nothing is written, so there is nothing to compensate. */
export const planCashOnDeliveryRefusalStep = createStep("plan-cash-on-delivery-refusal", async (input: RefusalInput, { container }) => {
  const order = await orderToRefuse(container, input.order_id)
  const payments = paymentsOf(order)
  const fulfillments = (order.fulfillments ?? []).flatMap((fulfillment) => (fulfillment && !fulfillment.canceled_at ? [fulfillment] : []))
  const refusal = whyNotRefusable(order, payments, fulfillments)
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)

  const reason = input.reason?.trim() || null
  const recordedBy = input.recorded_by ?? null
  const plan: RefusalPlan = {
    order_id: order.id,
    email: order.email ?? null,
    display_id: order.display_id ?? null,
    reason,
    recorded_by: recordedBy,
    unshipped: fulfillments
      .filter((fulfillment) => !fulfillment.shipped_at)
      .map((fulfillment) => ({ order_id: order.id, fulfillment_id: fulfillment.id, ...(recordedBy ? { canceled_by: recordedBy } : {}) })),
    coming_back: parcelsComingBack(
      order,
      fulfillments.filter((fulfillment) => fulfillment.shipped_at),
      reason,
      recordedBy,
    ),
  }
  return new StepResponse(plan)
})
