/**
 * An order as its producer sees it: only its own lines and what they come to, where to deliver and
 * whom to call, whether the buyer has paid, and its own parcels with their state. Never another
 * producer's lines or parcels, the order's total, or the buyer's email.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parcelState, parcelTracking } from "@ocop/domain/parcels"
import { type OrderPaymentRow, paymentsOf } from "../../../lib/order-payments"
import { linesOfProducer, locationOfProducer, ordersOfProducer } from "../../../lib/producer-orders"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "created_at",
  "items.id",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.unit_price",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.country_code",
  "shipping_address.phone",
  "shipping_address.metadata",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "payment_collections.status",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

type LineRow = {
  id: string
  product_id: string | null
  product_title: string | null
  variant_id: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  unit_price: unknown
  detail?: { quantity?: unknown; fulfilled_quantity?: unknown; shipped_quantity?: unknown; delivered_quantity?: unknown } | null
}
type FulfillmentRow = {
  id: string
  location_id: string
  packed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  metadata: Record<string, unknown> | null
  labels?: ({ tracking_number?: string | null } | null)[] | null
  items?: ({ line_item_id?: string | null; quantity?: unknown } | null)[] | null
}
type OrderRow = {
  id: string
  display_id: number
  status: string
  currency_code: string
  created_at: string
  items?: (LineRow | null)[] | null
  shipping_address?: Record<string, unknown> | null
  fulfillments?: (FulfillmentRow | null)[] | null
  payment_collections?: ({ status?: string | null; payments?: (OrderPaymentRow | null)[] | null } | null)[] | null
}

function present(order: OrderRow, ownLines: Set<string>, locationId: string | null) {
  const items = (order.items ?? []).flatMap((item) => (item && ownLines.has(item.id) ? [item] : []))
  const lines = items.map((item) => ({
    id: item.id,
    product_id: item.product_id,
    product_title: item.product_title,
    variant_id: item.variant_id,
    variant_title: item.variant_title,
    variant_sku: item.variant_sku,
    thumbnail: item.thumbnail,
    quantity: Number(item.detail?.quantity ?? 0),
    /** Whole đồng. */
    unit_price: Number(item.unit_price),
    packed_quantity: Number(item.detail?.fulfilled_quantity ?? 0),
    shipped_quantity: Number(item.detail?.shipped_quantity ?? 0),
    delivered_quantity: Number(item.detail?.delivered_quantity ?? 0),
  }))
  const parcels = (order.fulfillments ?? []).flatMap((fulfillment) =>
    fulfillment && locationId && fulfillment.location_id === locationId
      ? [
          {
            id: fulfillment.id,
            state: parcelState(fulfillment),
            ...parcelTracking(fulfillment),
            packed_at: fulfillment.packed_at,
            shipped_at: fulfillment.shipped_at,
            delivered_at: fulfillment.delivered_at,
            items: (fulfillment.items ?? []).flatMap((item) => (item?.line_item_id ? [{ line_item_id: item.line_item_id, quantity: Number(item.quantity) }] : [])),
          },
        ]
      : [],
  )
  const payments = paymentsOf(order)
  const collection = (order.payment_collections ?? [])[0]
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    currency_code: order.currency_code,
    created_at: order.created_at,
    lines,
    /** The producer's lines only, whole đồng. */
    subtotal: lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0),
    shipping_address: order.shipping_address ?? null,
    payment: {
      status: collection?.status ?? "not_paid",
      provider_id: payments[0]?.provider_id ?? null,
      captured: payments.some((payment) => Boolean(payment.captured_at) && !payment.canceled_at),
    },
    parcels,
  }
}

export type ProducerOrder = ReturnType<typeof present>

async function producerOrders(container: MedusaContainer, producerId: string, orderIds: string[], pagination?: { skip: number; take: number }) {
  if (!orderIds.length) return { orders: [] as ProducerOrder[], count: 0 }
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderIds },
    ...(pagination ? { pagination: { ...pagination, order: { created_at: "DESC" } } } : {}),
  })
  const locationId = await locationOfProducer(container, producerId)
  const orders = await Promise.all(
    (data as unknown as OrderRow[]).map(async (order) => present(order, new Set(await linesOfProducer(container, order.id, producerId)), locationId)),
  )
  return { orders, count: metadata?.count ?? orders.length }
}

/** A page of the orders holding the producer's products, newest first. */
export async function pageOfProducerOrders(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  const { orders, count } = await producerOrders(container, producerId, await ordersOfProducer(container, producerId), { skip: page.offset, take: page.limit })
  return { orders, count, limit: page.limit, offset: page.offset }
}

/** One order of the producer's (the guard has checked it holds the producer's lines). */
export async function producerOrder(container: MedusaContainer, producerId: string, orderId: string): Promise<ProducerOrder> {
  const { orders } = await producerOrders(container, producerId, [orderId])
  return orders[0]!
}
