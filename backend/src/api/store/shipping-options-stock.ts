/**
 * Corrects `insufficient_inventory` on GET /store/shipping-options. Medusa computes it against the
 * stock location that holds each option, but the web shop's options hang on stockless locations
 * (see ensureWebShipping in the seed) while orders reserve at the producer's location. So the
 * flag is worked out here the way the reservation is made: an option lacks stock when some item
 * has no location of the cart's sales channel with enough available for its quantity.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

type Level = { location_id: string; stocked_quantity: unknown; reserved_quantity: unknown }
type CartItem = {
  quantity: unknown
  variant?: {
    manage_inventory?: boolean
    allow_backorder?: boolean
    inventory_items?: { required_quantity: unknown; inventory?: { location_levels?: Level[] } }[]
  } | null
}

async function cartLacksStock(req: MedusaRequest, cartId: string): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    filters: { id: cartId },
    fields: [
      "sales_channel_id",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.required_quantity",
      "items.variant.inventory_items.inventory.location_levels.location_id",
      "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
      "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
    ],
  })
  if (!cart?.sales_channel_id) return false
  const {
    data: [channel],
  } = await query.graph({ entity: "sales_channel", filters: { id: cart.sales_channel_id }, fields: ["stock_locations.id"] })
  const channelLocations = new Set<string>((channel?.stock_locations ?? []).flatMap((l) => (l ? [l.id] : [])))

  return ((cart.items ?? []) as CartItem[]).some((item) => {
    const variant = item.variant
    if (!variant?.manage_inventory || variant.allow_backorder) return false
    return (variant.inventory_items ?? []).some((inventoryItem) => {
      const needed = MathBN.mult(inventoryItem.required_quantity as number, item.quantity as number)
      const levels = inventoryItem.inventory?.location_levels ?? []
      return !levels.some(
        (level) =>
          channelLocations.has(level.location_id) &&
          MathBN.gte(MathBN.sub(level.stocked_quantity as number, level.reserved_quantity as number), needed)
      )
    })
  })
}

export async function correctShippingOptionsStock(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.query.cart_id
  if (typeof cartId !== "string") return next()
  try {
    const lacksStock = await cartLacksStock(req, cartId)
    const json = res.json.bind(res)
    res.json = ((body: { shipping_options?: Record<string, unknown>[] }) => {
      if (Array.isArray(body?.shipping_options)) {
        body = {
          ...body,
          shipping_options: body.shipping_options.map((option) => ({ ...option, insufficient_inventory: lacksStock })),
        }
      }
      return json(body)
    }) as typeof res.json
    next()
  } catch (error) {
    next(error)
  }
}
