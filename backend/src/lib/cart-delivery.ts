/**
 * A cart's delivery, producer by producer. Each producer ships its own parcel with its own shipping
 * profile, so a cart of three producers needs three shipping methods; the buyer still makes one
 * choice ("standard", "express", "pickup"), and its price is the sum of the producers' parcels.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { formatAddress } from "@ocop/domain/address-format"
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
  /** For a pickup: where the buyer collects, printed in Vietnamese (@ocop/domain/address-format). */
  pickup_address: string | null
  /** For a pickup: the place itself, so a client prints it in its buyer's language and fills the cart's address from it. */
  pickup_point: PickupPoint | null
  parcels: DeliveryParcel[]
}

/** Where a pickup is collected: its 2025 units by code and name, and its address as issued before the 2025 merger. */
export type PickupPoint = {
  handle: string
  name: string
  name_en: string
  province_code: string
  commune_code: string
  province: string
  commune: string
  address_as_issued: string
}

/** Every producer's pickup parcel goes to the Hải Hậu showroom, where the buyer collects it. */
function showroomPickupPoint(): PickupPoint {
  const { handle, name, nameEn, provinceCode, communeCode, addressAsIssued } = HAI_HAU_SHOWROOM
  return {
    handle,
    name,
    name_en: nameEn,
    province_code: provinceCode,
    commune_code: communeCode,
    province: findProvince(provinceCode)!.name,
    commune: findCommune(provinceCode, communeCode)!.name,
    address_as_issued: addressAsIssued,
  }
}

function printedInVietnamese(point: PickupPoint): string {
  return formatAddress({ street: point.name, commune: point.commune, province: point.province, asIssued: point.address_as_issued }, "vi")
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

  // Medusa would price every option of every producer's location for the cart; only its own
  // producers' options can carry its parcels, so only those are asked for (Medusa still decides
  // which of them this cart can have, and at what price).
  const { data: candidates } = await query.graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { shipping_profile_id: [...parcels.keys()] },
  })
  if (!candidates.length) return []
  const { result } = await listShippingOptionsForCartWorkflow(container).run({
    input: { cart_id: cartId, option_ids: candidates.map((option) => (option as { id: string }).id) },
  })
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
    const pickupPoint = first.service_zone?.fulfillment_set?.type === "pickup" ? showroomPickupPoint() : null
    choices.push({
      kind,
      name: first.type!.label || first.name,
      description: first.type!.description,
      amount: every.reduce((sum, parcel) => sum + parcel.amount, 0),
      insufficient_inventory: every.some((parcel) => parcel.insufficient_inventory),
      pickup_address: pickupPoint ? printedInVietnamese(pickupPoint) : null,
      pickup_point: pickupPoint,
      parcels: every,
    })
  }
  return choices.sort((a, b) => a.amount - b.amount || a.kind.localeCompare(b.kind))
}
