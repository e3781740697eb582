/**
 * The buying rules (lib/buying-rules.ts) on Medusa's own cart workflows, so every caller meets them
 * with the same codes: the store API, the POS, the producer API and scripts. A pack's producer and
 * the line limit are checked when it is added, and everything again when the cart becomes an order,
 * as a producer may be suspended in between. Addresses are refused before the cart is written and
 * stored normalized after (NFC, official names, 0… phone).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { type AddressInput, addressFields, applyVietnameseAddressRules, isGivenAddress } from "@ocop/domain/address"
import { assertAddresses, assertCanBeOrdered, assertLineQuantity, type ProductOfProducer, refuseUnapproved } from "../../lib/buying-rules"
import { type CampaignClaim, claimCampaignTerms, releaseCampaignClaims } from "../../lib/campaign-limits"
import { enforce } from "../../lib/domain-rules"
import { interruptedCartCompletions, reconcileCartCompletion } from "../reconcile-cart-completion"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: unknown[] }> }

const queryOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query

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

type NewLine = { variant_id?: string | null; quantity?: unknown }

/**
 * The rules for packs going into a cart: each line within the limit (a pack already in the cart is
 * merged into its line, so the limit counts both) and each pack's producer approved.
 */
async function refuseNewLines(container: MedusaContainer, lines: NewLine[], inCart: ReadonlyMap<string, number>) {
  const asked = new Map<string, number>()
  for (const line of lines) {
    if (!line.variant_id) assertLineQuantity(Number(line.quantity))
    else asked.set(line.variant_id, (asked.get(line.variant_id) ?? inCart.get(line.variant_id) ?? 0) + Number(line.quantity))
  }
  for (const quantity of asked.values()) assertLineQuantity(quantity)
  if (!asked.size) return
  const { data } = await queryOf(container).graph({
    entity: "variant",
    fields: ["product.id", "product.title", "product.producer.status"],
    filters: { id: [...asked.keys()] },
  })
  refuseUnapproved((data as { product?: ProductOfProducer | null }[]).map((variant) => variant.product), "add")
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const { data: carts } = await queryOf(container).graph({ entity: "cart", fields: ["items.variant_id", "items.quantity"], filters: { id: input.cart_id } })
  const inCart = new Map<string, number>()
  for (const line of (carts[0] as { items?: ({ variant_id?: string | null; quantity?: unknown } | null)[] } | undefined)?.items ?? []) {
    if (line?.variant_id) inCart.set(line.variant_id, (inCart.get(line.variant_id) ?? 0) + Number(line.quantity))
  }
  await refuseNewLines(container, (input.items ?? []) as NewLine[], inCart)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }) => {
  assertLineQuantity((input as { update?: { quantity?: unknown } }).update?.quantity)
})

// A cart may be made with its first packs (the storefront's first "add to cart" is one request).
createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  assertAddresses(input.shipping_address, input.billing_address)
  await refuseNewLines(container, ((cart as { items?: NewLine[] | null }).items ?? []) as NewLine[], new Map())
})
createCartWorkflow.hooks.cartCreated(normalizeCartAddresses, restoreCartAddresses)

updateCartWorkflow.hooks.validate(async ({ input }) => {
  assertAddresses(input.shipping_address, input.billing_address)
})
updateCartWorkflow.hooks.cartUpdated(normalizeCartAddresses, restoreCartAddresses)

completeCartWorkflow.hooks.validate(async ({ cart }, { container, transactionId }) => {
  // Medusa allows one handler a hook, so this one also sets right what an earlier completion of
  // this cart, cut off by a dead process, left (an order without its link, reservations or
  // payment), under the lock this completion holds and before it places or answers anything.
  const cutOff = await interruptedCartCompletions(container, { cartId: cart.id, excludeTransactionId: transactionId })
  if (cutOff.length) await reconcileCartCompletion(container, cart.id, cutOff)
  // A cart linked to its order is not placed again: its completion only answers with that order (a
  // checkout asking again after a lost answer). The rules held when it was placed, and its own
  // reservation now holds the stock they would count.
  const { data: placed } = await queryOf(container).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
  if (placed.length) return new StepResponse(undefined, [] as CampaignClaim[])
  await assertCanBeOrdered(container, { entity: "cart", id: cart.id, shippingAddress: cart.shipping_address ?? null })
  // Last, as it counts the order for its campaigns' limits and budgets: given back if the checkout fails after.
  return new StepResponse(undefined, await claimCampaignTerms(container, cart.id))
}, async (claims, { container }) => {
  if (claims?.length) await releaseCampaignClaims(container, claims)
})
