/**
 * A cart's delivery, producer by producer. Each producer ships its own parcel with its own shipping
 * profile, so a cart of three producers needs three shipping methods; the buyer still makes one
 * choice ("standard", "express", "pickup"), and its price is the sum of the producers' parcels.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { findCommune, findProvince } from "@ocop/domain/admin-units"
import { canSell, type StockedVariant } from "@ocop/domain/stock"
import { variantStockFields } from "./stock-locations"
import { HAI_HAU_SHOWROOM } from "./store-setup"

type ShippingOptionRow = {
  id: string
  name: string
  amount: number
  shipping_profile_id: string
  type?: { code: string; label: string; description: string | null } | null
  service_zone?: { fulfillment_set?: { type?: string; location?: { id: string } | null } | null } | null
}
type ItemRow = {
  id: string
  quantity: unknown
  variant?: StockedVariant | null
  product?: { shipping_profile?: { id: string } | null; producer?: { id: string; handle: string; name: string } | null } | null
}

export type DeliveryParcel = {
  producer: { id: string; handle: string; name: string } | null
  shipping_profile_id: string
  item_ids: string[]
  shipping_option_id: string
  amount: number
  insufficient_inventory: boolean
}

/** One way to receive the whole cart: the option of that kind for every producer's parcel. */
export type DeliveryChoice = {
  kind: string
  name: string
  description: string | null
  /** Whole đồng, every parcel together. */
  amount: number
  insufficient_inventory: boolean
  /** For a pickup: where the buyer collects, in 2025 units. */
  pickup_address: string | null
  parcels: DeliveryParcel[]
}

/** Every producer's pickup parcel goes to the Hải Hậu showroom, where the buyer collects it. */
function pickupAddress(): string {
  const { name, provinceCode, communeCode } = HAI_HAU_SHOWROOM
  return [name, findCommune(provinceCode, communeCode)?.name, findProvince(provinceCode)?.name].filter(Boolean).join(", ")
}

/** The kinds of delivery every parcel of the cart can have, cheapest first. */
export async function cartDeliveryChoices(container: MedusaContainer, cartId: string): Promise<DeliveryChoice[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "items.quantity",
      ...variantStockFields("items.variant"),
      "items.product.shipping_profile.id",
      "items.product.producer.id",
      "items.product.producer.handle",
      "items.product.producer.name",
    ],
    filters: { id: cartId },
  })
  if (!carts.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)
  const items = ((carts[0] as { items?: (ItemRow | null)[] | null }).items ?? []).filter((item): item is ItemRow => item !== null)
  const parcels = new Map<string, { producer: DeliveryParcel["producer"]; items: ItemRow[] }>()
  for (const item of items) {
    const profileId = item.product?.shipping_profile?.id
    if (!profileId) continue
    const parcel = parcels.get(profileId) ?? { producer: item.product?.producer ?? null, items: [] }
    parcel.items.push(item)
    parcels.set(profileId, parcel)
  }
  if (!parcels.size) return []

  const { result } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cartId } })
  const options = (result as ShippingOptionRow[]).filter((option) => option.type?.code)
  const kinds = [...new Set(options.map((option) => option.type!.code))]
  const choices: DeliveryChoice[] = []
  for (const kind of kinds) {
    const ofKind = options.filter((option) => option.type!.code === kind)
    const chosen = [...parcels].map(([profileId, { producer, items }]) => {
      const option = ofKind.find((candidate) => candidate.shipping_profile_id === profileId)
      if (!option) return undefined
      // Medusa's own flag on an option weighs every line of the cart against that option's
      // location; a parcel holds only its producer's lines, sent from its producer's location.
      const from = new Set([option.service_zone?.fulfillment_set?.location?.id].filter((id): id is string => Boolean(id)))
      return {
        producer,
        shipping_profile_id: profileId,
        item_ids: items.map((item) => item.id),
        shipping_option_id: option.id,
        amount: Number(option.amount),
        insufficient_inventory: items.some((item) => item.variant && !canSell(item.variant, from, Number(item.quantity))),
      }
    })
    if (chosen.some((parcel) => !parcel)) continue
    const every = chosen as DeliveryParcel[]
    const first = ofKind[0]!
    choices.push({
      kind,
      name: first.type!.label || first.name,
      description: first.type!.description,
      amount: every.reduce((sum, parcel) => sum + parcel.amount, 0),
      insufficient_inventory: every.some((parcel) => parcel.insufficient_inventory),
      pickup_address: first.service_zone?.fulfillment_set?.type === "pickup" ? pickupAddress() : null,
      parcels: every,
    })
  }
  return choices.sort((a, b) => a.amount - b.amount || a.kind.localeCompare(b.kind))
}
