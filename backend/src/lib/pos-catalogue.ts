/**
 * What the showroom's counter sells: the published packs of approved producers in the showroom's
 * sales channel, each with its GTIN-13, price in whole đồng and the stock of the showroom's own
 * location (never the producer's). The sale workflow prices and checks stock from the same reading,
 * so what the counter shows is what it charges.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { STORE_CURRENCY } from "./store-setup"

export type CounterPack = {
  variant_id: string
  product_id: string
  title: string
  variant_title: string | null
  gtin: string | null
  sku: string | null
  thumbnail: string | null
  producer: { id: string; name: string; status: string }
  industry: { code: string; name_vi: string } | null
  product_set: { number: number; name_vi: string } | null
  /** Whole đồng. */
  price: number | null
  /** Stock tracked by Medusa; an untracked pack is always sellable. */
  manage_inventory: boolean
  /** Available at the showroom's location: stocked less reserved; below 0 after sales beyond stock. */
  stock: number | null
  /** The pack's inventory items and how many of each one pack takes, for the stock to leave. */
  inventory: { inventory_item_id: string; required_quantity: number }[]
}

type Row = {
  id: string
  title: string
  status: string
  thumbnail?: string | null
  producer?: { id: string; name: string; status: string } | null
  product_set?: { number: number; name_vi: string; industry?: { code: string; name_vi: string } | null } | null
  variants?:
    | {
        id: string
        title?: string | null
        ean?: string | null
        barcode?: string | null
        sku?: string | null
        manage_inventory?: boolean | null
        calculated_price?: { calculated_amount?: number | string | null } | null
        inventory_items?:
          | {
              inventory_item_id: string
              required_quantity?: number | string | null
              inventory?: { location_levels?: { location_id: string; stocked_quantity: number | string; reserved_quantity: number | string }[] | null } | null
            }[]
          | null
      }[]
    | null
}

/** The packs of the showroom's channel, optionally only these variants. Drafts and unapproved producers' are left out. */
export async function counterPacks(
  container: MedusaContainer,
  showroom: { sales_channel_id: string; stock_location_id: string },
  variantIds?: string[],
): Promise<CounterPack[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let productIds: string[]
  if (variantIds) {
    // Only the products of these packs are read, if the showroom sells them: a scan or a sale need
    // not price and stock the whole shelf.
    if (!variantIds.length) return []
    const { data: variants } = await query.graph({ entity: "variant", fields: ["product_id"], filters: { id: variantIds } })
    const ofVariants = [...new Set((variants as { product_id?: string | null }[]).flatMap((variant) => (variant.product_id ? [variant.product_id] : [])))]
    if (!ofVariants.length) return []
    const { data: sold } = await query.graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { sales_channel_id: showroom.sales_channel_id, product_id: ofVariants },
    })
    productIds = (sold as { product_id: string }[]).map((link) => link.product_id)
  } else {
    const { data: channels } = await query.graph({
      entity: "sales_channel",
      fields: ["products_link.product_id"],
      filters: { id: showroom.sales_channel_id },
    })
    productIds = ((channels[0] as { products_link?: ({ product_id: string } | null)[] | null } | undefined)?.products_link ?? []).flatMap(
      (link) => (link ? [link.product_id] : []),
    )
  }
  if (!productIds.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "status",
      "thumbnail",
      "producer.id",
      "producer.name",
      "producer.status",
      "product_set.number",
      "product_set.name_vi",
      "product_set.industry.code",
      "product_set.industry.name_vi",
      "variants.id",
      "variants.title",
      "variants.ean",
      "variants.barcode",
      "variants.sku",
      "variants.manage_inventory",
      "variants.calculated_price.calculated_amount",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.required_quantity",
      "variants.inventory_items.inventory.location_levels.location_id",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: productIds, status: "published" },
    context: { variants: { calculated_price: QueryContext({ currency_code: STORE_CURRENCY }) } },
  })
  const wanted = variantIds ? new Set(variantIds) : undefined
  const packs: CounterPack[] = []
  for (const product of data as Row[]) {
    if (product.producer?.status !== "approved") continue
    for (const variant of product.variants ?? []) {
      if (wanted && !wanted.has(variant.id)) continue
      const items = variant.inventory_items ?? []
      const stock = items.length
        ? Math.min(
            ...items.map((item) => {
              const level = item.inventory?.location_levels?.find((l) => l.location_id === showroom.stock_location_id)
              const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
              return Math.floor(available / Number(item.required_quantity ?? 1))
            }),
          )
        : null
      const amount = variant.calculated_price?.calculated_amount
      packs.push({
        variant_id: variant.id,
        product_id: product.id,
        title: product.title,
        variant_title: variant.title ?? null,
        gtin: variant.ean ?? variant.barcode ?? null,
        sku: variant.sku ?? null,
        thumbnail: product.thumbnail ?? null,
        producer: product.producer,
        industry: product.product_set?.industry ?? null,
        product_set: product.product_set ? { number: product.product_set.number, name_vi: product.product_set.name_vi } : null,
        price: amount === null || amount === undefined ? null : Number(amount),
        manage_inventory: Boolean(variant.manage_inventory),
        stock: variant.manage_inventory ? stock : null,
        inventory: items.map((item) => ({ inventory_item_id: item.inventory_item_id, required_quantity: Number(item.required_quantity ?? 1) })),
      })
    }
  }
  return packs.sort((a, b) => a.title.localeCompare(b.title, "vi") || (a.variant_title ?? "").localeCompare(b.variant_title ?? "", "vi"))
}

/** What the counter's screen shows of a pack (the inventory items stay the workflow's). */
export function presentCounterPack({ inventory: _, ...pack }: CounterPack) {
  return pack
}

export type NegativeStockPack = {
  inventory_item_id: string
  variant_id: string | null
  product_id: string | null
  title: string | null
  variant_title: string | null
  gtin: string | null
  sku: string | null
  /** Stocked less reserved at the showroom's location: below 0. */
  stock: number
  /** How many packs were sold beyond what the showroom held: −stock. */
  short_by: number
}

type LinkRow = {
  inventory_item_id: string
  variant?: { id: string; title?: string | null; ean?: string | null; sku?: string | null; product?: { id: string; title: string } | null } | null
}

/**
 * The showroom location's inventory items below 0 (sold beyond stock, at the counter with a
 * manager or by the offline queue), with their packs, so the manager counts and reorders them.
 * Read from the inventory levels themselves, not the catalogue, so a pack since withdrawn still shows.
 */
export async function negativeStock(container: MedusaContainer, showroom: { stock_location_id: string }): Promise<NegativeStockPack[]> {
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ location_id: showroom.stock_location_id }, { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] })
  const below = new Map(
    levels
      .map((level) => [level.inventory_item_id, Number(level.stocked_quantity) - Number(level.reserved_quantity)] as const)
      .filter(([, stock]) => stock < 0),
  )
  if (!below.size) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant_inventory_item",
    fields: ["inventory_item_id", "variant.id", "variant.title", "variant.ean", "variant.sku", "variant.product.id", "variant.product.title"],
    filters: { inventory_item_id: [...below.keys()] },
  })
  const byItem = new Map((data as LinkRow[]).map((row) => [row.inventory_item_id, row.variant ?? null]))
  return [...below.entries()]
    .map(([inventoryItemId, stock]) => {
      const variant = byItem.get(inventoryItemId) ?? null
      return {
        inventory_item_id: inventoryItemId,
        variant_id: variant?.id ?? null,
        product_id: variant?.product?.id ?? null,
        title: variant?.product?.title ?? null,
        variant_title: variant?.title ?? null,
        gtin: variant?.ean ?? null,
        sku: variant?.sku ?? null,
        stock,
        short_by: -stock,
      }
    })
    .sort((a, b) => a.stock - b.stock || (a.title ?? "").localeCompare(b.title ?? "", "vi"))
}

/** The ids of the packs whose barcode (EAN, else the barcode field) is `gtin`, in any channel: the counter's catalogue narrows them to its own. */
export async function variantIdsWithGtin(container: MedusaContainer, gtin: string): Promise<string[]> {
  const products = container.resolve(Modules.PRODUCT)
  const [byEan, byBarcode] = await Promise.all([
    products.listProductVariants({ ean: gtin }, { select: ["id"] }),
    products.listProductVariants({ barcode: gtin }, { select: ["id"] }),
  ])
  return [...new Set([...byEan, ...byBarcode].map((variant) => variant.id))]
}
