/**
 * The buying rules, on Medusa's own cart workflows so every caller meets them with the same codes:
 * the store API, the POS, the producer API and scripts.
 * - Only an approved producer's products are sold (producer_not_approved): checked when a pack is
 *   added and again when the cart becomes an order, as a producer may be suspended in between.
 * - A line holds at most MAX_LINE_QUANTITY of a pack (quantity_above_limit).
 * - Vietnamese addresses follow @ocop/domain/address (2025 units by code, a Vietnamese phone),
 *   refused before the cart is written and stored normalized after (NFC, official names, 0… phone).
 * - A cart becomes an order only while each line's pack can be sold from a stock location of the
 *   cart's sales channel (insufficient_inventory, Medusa's own code at add-to-cart), named by title;
 *   Medusa's reservation stays the last word when two orders race for the last packs.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { type AddressInput, addressFields, applyVietnameseAddressRules, isGivenAddress } from "@ocop/domain/address"
import { MAX_LINE_QUANTITY } from "@ocop/domain/cart-limits"
import { ERROR_CODES } from "@ocop/domain/errors"
import { canSell, type StockedVariant } from "@ocop/domain/stock"
import { enforce } from "../../lib/domain-rules"
import { channelStockLocationIds, variantStockFields } from "../../lib/stock-locations"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: unknown[] }> }
type ProductRow = { id: string; title: string; producer?: { status: string } | null }

const queryOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query

function refuseUnapproved(products: (ProductRow | null | undefined)[], when: "add" | "complete") {
  const refused = new Map<string, string>()
  for (const product of products) {
    if (product?.producer && product.producer.status !== "approved") refused.set(product.id, product.title)
  }
  if (!refused.size) return
  const titles = [...refused.values()].join(", ")
  const message =
    when === "add"
      ? `${titles} is not on sale now: its producer is not approved in OCOP Market. Choose another product.`
      : `The cart holds products that are not on sale now, as their producer is not approved in OCOP Market: ${titles}. Remove them to place the order.`
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message, ERROR_CODES.producerNotApproved)
}

type OrderLine = {
  product_title?: string | null
  variant_title?: string | null
  quantity: unknown
  variant?: StockedVariant | null
  product?: ProductRow | null
}

/** What an order needs of a cart: each line within the limit, its producer approved, the address, stock at the channel's locations. */
async function assertCartCanBeOrdered(container: MedusaContainer, { id: cartId, shipping_address }: { id: string; shipping_address?: unknown }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    filters: { id: cartId },
    fields: [
      "sales_channel_id",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.product.id",
      "items.product.title",
      "items.product.producer.status",
      ...variantStockFields("items.variant"),
    ],
  })
  const cart = carts[0] as { sales_channel_id?: string | null; items?: (OrderLine | null)[] | null } | undefined
  const lines = (cart?.items ?? []).filter((line): line is OrderLine => line !== null)
  for (const line of lines) assertLineQuantity(Number(line.quantity))
  refuseUnapproved(lines.map((line) => line.product), "complete")
  assertAddresses(shipping_address)
  if (!cart?.sales_channel_id) return
  const selling = await channelStockLocationIds(query, [cart.sales_channel_id])
  const short = lines.filter((line) => line.variant && !canSell(line.variant, selling, Number(line.quantity)))
  if (!short.length) return
  const titles = short.map((line) => [line.product_title, line.variant_title].filter(Boolean).join(" ")).join(", ")
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Not enough stock is left for ${titles}: lower the quantity or remove it to place the order.`,
    ERROR_CODES.insufficientInventory,
  )
}

function assertLineQuantity(quantity: unknown) {
  if (typeof quantity === "number" && quantity > MAX_LINE_QUANTITY) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A cart line holds at most ${MAX_LINE_QUANTITY} of a pack; ${quantity} were asked. For a larger order, contact the producer.`,
      ERROR_CODES.quantityAboveLimit,
    )
  }
}

function assertAddresses(...addresses: unknown[]) {
  for (const address of addresses) if (isGivenAddress(address)) enforce(() => applyVietnameseAddressRules(address))
}

type StoredAddress = AddressInput & { id: string }
type AddressChange = { id: string; before: StoredAddress }

/** After a cart is written: stores its addresses in their normalized form, keeping what it changed to undo. */
async function normalizeCartAddresses({ cart: written }: { cart: { id: string } }, { container }: { container: MedusaContainer }) {
  const { data } = await queryOf(container).graph({
    entity: "cart",
    fields: ["shipping_address.*", "billing_address.*"],
    filters: { id: written.id },
  })
  const cart = data[0] as { shipping_address?: StoredAddress | null; billing_address?: StoredAddress | null } | undefined
  const changes: AddressChange[] = []
  const updates: StoredAddress[] = []
  for (const address of [cart?.shipping_address, cart?.billing_address]) {
    if (!address || !isGivenAddress(address)) continue
    const normalized = addressFields(enforce(() => applyVietnameseAddressRules(address)))
    if (JSON.stringify(normalized) === JSON.stringify(addressFields(address))) continue
    changes.push({ id: address.id, before: address })
    updates.push({ id: address.id, ...normalized })
  }
  // Medusa's UpdateAddressDTO leaves out null, with which an update clears a field.
  if (updates.length) await container.resolve(Modules.CART).updateAddresses(updates as never)
  return new StepResponse(changes, changes)
}

async function restoreCartAddresses(changes: AddressChange[] | undefined, { container }: { container: MedusaContainer }) {
  if (!changes?.length) return
  const restored = changes.map(({ id, before }) => ({ id, ...addressFields(before) }))
  await container.resolve(Modules.CART).updateAddresses(restored as never)
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = (input.items ?? []) as { variant_id?: string; quantity?: unknown }[]
  // A pack already in the cart is merged into its line, so the limit counts both.
  const { data: carts } = await queryOf(container).graph({ entity: "cart", fields: ["items.variant_id", "items.quantity"], filters: { id: input.cart_id } })
  const inCart = new Map<string, number>()
  for (const line of (carts[0] as { items?: ({ variant_id?: string | null; quantity?: unknown } | null)[] } | undefined)?.items ?? []) {
    if (line?.variant_id) inCart.set(line.variant_id, (inCart.get(line.variant_id) ?? 0) + Number(line.quantity))
  }
  for (const item of items) assertLineQuantity(Number(item.quantity) + (item.variant_id ? (inCart.get(item.variant_id) ?? 0) : 0))
  const variantIds = items.flatMap((item) => (item.variant_id ? [item.variant_id] : []))
  if (!variantIds.length) return
  const { data } = await queryOf(container).graph({
    entity: "variant",
    fields: ["product.id", "product.title", "product.producer.status"],
    filters: { id: variantIds },
  })
  refuseUnapproved((data as { product?: ProductRow | null }[]).map((variant) => variant.product), "add")
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }) => {
  assertLineQuantity((input as { update?: { quantity?: unknown } }).update?.quantity)
})

createCartWorkflow.hooks.validate(async ({ input }) => {
  assertAddresses(input.shipping_address, input.billing_address)
})
createCartWorkflow.hooks.cartCreated(normalizeCartAddresses, restoreCartAddresses)

updateCartWorkflow.hooks.validate(async ({ input }) => {
  assertAddresses(input.shipping_address, input.billing_address)
})
updateCartWorkflow.hooks.cartUpdated(normalizeCartAddresses, restoreCartAddresses)

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartCanBeOrdered(container, cart)
})
