/**
 * Corrects `insufficient_inventory` on GET /store/shipping-options. Medusa computes it against the
 * stock location that holds each option, but the web shop's options hang on stockless locations
 * (the store setup's delivery and pickup locations) while orders reserve at the producer's location. So the
 * flag is worked out here by the shop's one stock rule (@ocop/domain/stock), the way the reservation
 * is made. It goes once each producer ships from its own location with its own options.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { canSell, type StockedVariant } from "@ocop/domain/stock"

type CartRow = { sales_channel_id?: string | null; items?: ({ quantity: unknown; variant?: StockedVariant | null } | null)[] | null }

async function cartLacksStock(req: MedusaRequest, cartId: string): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
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
  const cart = carts[0] as CartRow | undefined
  if (!cart?.sales_channel_id) return false
  const { data: channels } = await query.graph({ entity: "sales_channel", filters: { id: cart.sales_channel_id }, fields: ["stock_locations.id"] })
  const locations = (channels[0] as { stock_locations?: ({ id: string } | null)[] | null } | undefined)?.stock_locations ?? []
  const sellingLocations = new Set(locations.flatMap((location) => (location ? [location.id] : [])))
  return (cart.items ?? []).some((item) => item?.variant && !canSell(item.variant, sellingLocations, Number(item.quantity)))
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
