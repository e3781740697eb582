/**
 * Where a sales channel sells from: the stock locations linked to it. The web shop's checkout, its
 * delivery choices and the search index all ask "can this pack be sold from these locations?"
 * (@ocop/domain/stock) and read the stock levels with the same fields.
 */
import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Pick<RemoteQueryFunction, "graph">

/** The fields of a variant that @ocop/domain/stock's canSell reads, under a path such as "items.variant". */
export function variantStockFields(path: string): string[] {
  return [
    "manage_inventory",
    "allow_backorder",
    "inventory_items.required_quantity",
    "inventory_items.inventory.location_levels.location_id",
    "inventory_items.inventory.location_levels.stocked_quantity",
    "inventory_items.inventory.location_levels.reserved_quantity",
  ].map((field) => `${path}.${field}`)
}

export async function channelStockLocationIds(query: Query, salesChannelIds: string[]): Promise<ReadonlySet<string>> {
  if (!salesChannelIds.length) return new Set()
  const { data } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelIds } })
  return new Set(
    (data as { stock_locations?: ({ id: string } | null)[] | null }[]).flatMap((channel) =>
      (channel.stock_locations ?? []).flatMap((location) => (location ? [location.id] : [])),
    ),
  )
}

/** The stock locations the web shop sells from: those of the store's default (web) sales channel. */
export async function webStockLocationIds(query: Query): Promise<ReadonlySet<string>> {
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const channelId = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id
  return channelId ? channelStockLocationIds(query, [channelId]) : new Set()
}
