/**
 * "In stock", one rule for the search index, the buy box and checkout: a pack can be sold from a
 * set of stock locations (the ones of the sales channel that sells it, never the showroom's stock
 * for a web order) when its stock is not tracked, it may be backordered, or each of its inventory
 * items has enough available at one of those locations, which is where Medusa reserves it.
 */

export type StockLevel = { location_id: string; stocked_quantity: number | string; reserved_quantity: number | string }

export type StockedVariant = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?:
    | { required_quantity?: number | string | null; inventory?: { location_levels?: readonly StockLevel[] | null } | null }[]
    | null
}

const available = (level: StockLevel) => Number(level.stocked_quantity) - Number(level.reserved_quantity)

/** Whether `quantity` of the pack can be sold from these locations. */
export function canSell(variant: StockedVariant, sellingLocationIds: ReadonlySet<string>, quantity = 1): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  return (variant.inventory_items ?? []).every((item) => {
    const needed = Number(item.required_quantity ?? 1) * quantity
    return (item.inventory?.location_levels ?? []).some(
      (level) => sellingLocationIds.has(level.location_id) && available(level) >= needed,
    )
  })
}
