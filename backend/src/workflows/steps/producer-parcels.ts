/**
 * The reads the producer's parcel workflows decide on: what of its lines is left to pack, and from
 * which location by which of the order's shipping options; whether a parcel may be shipped or
 * marked delivered. Each step only reads, so none has anything to undo.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { linesOfProducer, locationOfProducer } from "../../lib/producer-orders"

type OrderRow = {
  id: string
  status: string
  items?: ({ id: string; detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null } | null)[] | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
}
type OptionRow = { id: string; service_zone?: { fulfillment_set?: { location?: { id: string } | null } | null } | null }

export type ParcelPlan = { order_id: string; location_id: string; shipping_option_id: string | undefined; items: { id: string; quantity: number }[] }

/** All of the producer's lines not packed yet, to leave from its location by the shipping option the buyer chose for its parcel. */
export const planProducerParcelStep = createStep(
  "plan-producer-parcel",
  async (input: { order_id: string; producer_id: string }, { container }): Promise<StepResponse<ParcelPlan>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [ownLines, locationId, { data }] = await Promise.all([
      linesOfProducer(container, input.order_id, input.producer_id),
      locationOfProducer(container, input.producer_id),
      query.graph({
        entity: "order",
        fields: ["id", "status", "items.id", "items.detail.quantity", "items.detail.fulfilled_quantity", "shipping_methods.shipping_option_id"],
        filters: { id: input.order_id },
      }),
    ])
    const order = data[0] as OrderRow | undefined
    if (!order || !locationId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This producer has no order ${input.order_id}.`)
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This order is cancelled: there is nothing to pack.", ERROR_CODES.nothingToPack)
    }
    const own = new Set(ownLines)
    const items = (order.items ?? []).flatMap((item) => {
      if (!item || !own.has(item.id)) return []
      const left = Number(item.detail?.quantity ?? 0) - Number(item.detail?.fulfilled_quantity ?? 0)
      return left > 0 ? [{ id: item.id, quantity: left }] : []
    })
    if (!items.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "Every one of your lines of this order is packed already: ship the parcel you packed, or cancel it to pack again.",
        ERROR_CODES.nothingToPack,
      )
    }
    const optionIds = (order.shipping_methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
    const { data: options } = optionIds.length
      ? await query.graph({ entity: "shipping_option", fields: ["id", "service_zone.fulfillment_set.location.id"], filters: { id: optionIds } })
      : { data: [] }
    const option = (options as OptionRow[]).find((candidate) => candidate.service_zone?.fulfillment_set?.location?.id === locationId)
    return new StepResponse({ order_id: order.id, location_id: locationId, shipping_option_id: option?.id, items })
  },
)

type ParcelRow = {
  id: string
  shipped_at?: string | null
  delivered_at?: string | null
  canceled_at?: string | null
  items?: ({ line_item_id?: string | null; quantity?: unknown } | null)[] | null
}

async function parcel(container: MedusaContainer, fulfillmentId: string): Promise<ParcelRow> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["id", "shipped_at", "delivered_at", "canceled_at", "items.line_item_id", "items.quantity"],
    filters: { id: fulfillmentId },
  })
  const row = data[0] as ParcelRow | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This order has no parcel ${fulfillmentId} of this producer.`)
  if (row.canceled_at) throw new MedusaError(MedusaError.Types.CONFLICT, "This parcel was cancelled: pack the lines again for a new one.", ERROR_CODES.parcelNotShipped)
  return row
}

/** A parcel is shipped once: the lines it holds, for the shipment. */
export const assertParcelShippableStep = createStep("assert-parcel-shippable", async (input: { fulfillment_id: string }, { container }) => {
  const row = await parcel(container, input.fulfillment_id)
  if (row.shipped_at) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "This parcel is shipped already: the buyer sees its carrier and tracking number.",
      ERROR_CODES.parcelAlreadyShipped,
    )
  }
  const items = (row.items ?? []).flatMap((item) => (item?.line_item_id ? [{ id: item.line_item_id, quantity: Number(item.quantity ?? 0) }] : []))
  return new StepResponse(items)
})

/** A parcel is delivered once, and only after it is shipped. */
export const assertParcelDeliverableStep = createStep("assert-parcel-deliverable", async (input: { fulfillment_id: string }, { container }) => {
  const row = await parcel(container, input.fulfillment_id)
  if (!row.shipped_at) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "This parcel has not been shipped yet: ship it with its carrier and tracking number first.",
      ERROR_CODES.parcelNotShipped,
    )
  }
  if (row.delivered_at) throw new MedusaError(MedusaError.Types.CONFLICT, "This parcel is marked delivered already.", ERROR_CODES.parcelAlreadyDelivered)
  return new StepResponse(null)
})
