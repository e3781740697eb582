/**
 * Which orders and parcels are a producer's: an order holds the producer's products when one of its
 * lines is of a product linked to the producer; a parcel (fulfillment) of such an order is the
 * producer's when it leaves from the producer's own stock location. The guard (producer-access.ts),
 * the order pages and the parcel workflows all ask here.
 */
import type { IOrderModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import ProducerStockLocationLink from "../links/producer-stock-location"
import ProductProducerLink from "../links/product-producer"

/** Medusa's order service lists its order ↔ line rows (every model of a MedusaService has its list method), though its interface does not say so. */
type OrderLines = { listOrderItems(filters: { item_id: string[] }, config: { select: string[] }): Promise<{ order_id: string }[]> }

/** Of these products, the ones the producer sells. */
export async function productsOfProducer(container: MedusaContainer, producerId: string, productIds?: string[]): Promise<string[]> {
  if (productIds && !productIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId, ...(productIds ? { product_id: productIds } : {}) },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

/** Every order with a line of the producer's products. */
export async function ordersOfProducer(container: MedusaContainer, producerId: string): Promise<string[]> {
  const productIds = await productsOfProducer(container, producerId)
  if (!productIds.length) return []
  const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
  const lines = await orders.listOrderLineItems({ product_id: productIds }, { select: ["id"] })
  if (!lines.length) return []
  const rows = await (orders as unknown as OrderLines).listOrderItems({ item_id: lines.map((line) => line.id) }, { select: ["order_id"] })
  return [...new Set(rows.map((row) => row.order_id))]
}

/** The ids of the order's lines that are of the producer's products (none for an order that does not exist). */
export async function linesOfProducer(container: MedusaContainer, orderId: string, producerId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.id", "items.product_id"], filters: { id: orderId } })
  const items = ((data[0] as { items?: ({ id: string; product_id: string | null } | null)[] | null } | undefined)?.items ?? []).flatMap((item) =>
    item?.product_id ? [{ id: item.id, product_id: item.product_id }] : [],
  )
  const own = new Set(await productsOfProducer(container, producerId, [...new Set(items.map((item) => item.product_id))]))
  return items.filter((item) => own.has(item.product_id)).map((item) => item.id)
}

export async function isOrderOfProducer(container: MedusaContainer, orderId: string, producerId: string): Promise<boolean> {
  return (await linesOfProducer(container, orderId, producerId)).length > 0
}

/** The stock location the producer ships from. */
export async function locationOfProducer(container: MedusaContainer, producerId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProducerStockLocationLink.entryPoint,
    fields: ["stock_location_id"],
    filters: { producer_id: producerId },
  })
  return (data[0] as { stock_location_id?: string } | undefined)?.stock_location_id ?? null
}

/** Whether the fulfillment is one of this order's and leaves from the producer's location. */
export async function isParcelOfProducer(container: MedusaContainer, orderId: string, fulfillmentId: string, producerId: string): Promise<boolean> {
  const [location, { data }] = await Promise.all([
    locationOfProducer(container, producerId),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["fulfillments.id", "fulfillments.location_id"], filters: { id: orderId } }),
  ])
  const fulfillments = (data[0] as { fulfillments?: ({ id: string; location_id: string } | null)[] | null } | undefined)?.fulfillments ?? []
  return Boolean(location) && fulfillments.some((fulfillment) => fulfillment?.id === fulfillmentId && fulfillment.location_id === location)
}
