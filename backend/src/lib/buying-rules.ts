/**
 * The buying rules every way of placing an order meets, with the same codes: the cart workflows'
 * hooks (store API, POS, producer API, scripts) and the Admin's draft orders (place-draft-order).
 * - Only an approved producer's products are sold (producer_not_approved).
 * - A line holds at most MAX_LINE_QUANTITY of a pack (quantity_above_limit).
 * - Vietnamese addresses follow @ocop/domain/address (2025 units by code, a Vietnamese phone).
 * - An order is placed only while each line's pack can be sold from a stock location of its sales
 *   channel (insufficient_inventory, Medusa's own code at add-to-cart), named by title; Medusa's
 *   reservation stays the last word when two orders race for the last packs.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { applyVietnameseAddressRules, isGivenAddress } from "@ocop/domain/address"
import { MAX_LINE_QUANTITY } from "@ocop/domain/cart-limits"
import { ERROR_CODES } from "@ocop/domain/errors"
import { canSell, type StockedVariant } from "@ocop/domain/stock"
import { enforce } from "./domain-rules"
import { channelStockLocationIds, variantStockFields } from "./stock-locations"

export type ProductOfProducer = { id: string; title: string; producer?: { status: string } | null }

export function refuseUnapproved(products: (ProductOfProducer | null | undefined)[], when: "add" | "cart" | "order") {
  const refused = new Map<string, string>()
  for (const product of products) {
    if (product?.producer && product.producer.status !== "approved") refused.set(product.id, product.title)
  }
  if (!refused.size) return
  const titles = [...refused.values()].join(", ")
  const message =
    when === "add"
      ? `${titles} is not on sale now: its producer is not approved in OCOP Market. Choose another product.`
      : `The ${when} holds products that are not on sale now, as their producer is not approved in OCOP Market: ${titles}. Remove them to place the order.`
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message, ERROR_CODES.producerNotApproved)
}

export function assertLineQuantity(quantity: unknown) {
  if (typeof quantity === "number" && quantity > MAX_LINE_QUANTITY) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A cart line holds at most ${MAX_LINE_QUANTITY} of a pack; ${quantity} were asked. For a larger order, contact the producer.`,
      ERROR_CODES.quantityAboveLimit,
    )
  }
}

export function assertAddresses(...addresses: unknown[]) {
  for (const address of addresses) if (isGivenAddress(address)) enforce(() => applyVietnameseAddressRules(address))
}

type OrderLine = {
  product_title?: string | null
  variant_title?: string | null
  quantity: unknown
  variant?: StockedVariant | null
  product?: ProductOfProducer | null
}

type Orderable = { sales_channel_id?: string | null; shipping_address?: unknown; items?: (OrderLine | null)[] | null }

/**
 * What it takes for a cart, or a draft order, to become an order: each line within the limit, its
 * producer approved, the address, stock at the sales channel's locations. A cart's address may be
 * given by the caller (completeCartWorkflow's validate hook has it); else the stored one is read.
 */
export async function assertCanBeOrdered(
  container: MedusaContainer,
  { entity, id, shippingAddress }: { entity: "cart" | "order"; id: string; shippingAddress?: unknown },
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    filters: { id },
    fields: [
      "sales_channel_id",
      ...(shippingAddress === undefined ? ["shipping_address.*"] : []),
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      // An order line's quantity lives in its item detail, and Query fills it in only when asked for that.
      ...(entity === "order" ? ["items.detail.quantity"] : []),
      "items.product.id",
      "items.product.title",
      "items.product.producer.status",
      ...variantStockFields("items.variant"),
    ],
  })
  const found = data[0] as Orderable | undefined
  const lines = (found?.items ?? []).filter((line): line is OrderLine => line !== null)
  for (const line of lines) assertLineQuantity(Number(line.quantity))
  refuseUnapproved(
    lines.map((line) => line.product),
    entity,
  )
  assertAddresses(shippingAddress === undefined ? found?.shipping_address : shippingAddress)
  if (!found?.sales_channel_id) return
  const selling = await channelStockLocationIds(query, [found.sales_channel_id])
  const short = lines.filter((line) => line.variant && !canSell(line.variant, selling, Number(line.quantity)))
  if (!short.length) return
  const titles = short.map((line) => [line.product_title, line.variant_title].filter(Boolean).join(" ")).join(", ")
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Not enough stock is left for ${titles}: lower the quantity or remove it to place the order.`,
    ERROR_CODES.insufficientInventory,
  )
}
