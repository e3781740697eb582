/**
 * Only an approved producer's products are on sale. A pending or suspended producer's products
 * are taken off every sales channel (so Medusa's own publishable-key scoping hides them from the
 * store API, with no lookup per request), and the channels they were on are kept in the product's
 * metadata so approval puts them back exactly where they were.
 */
import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const WITHHELD_CHANNELS_KEY = "withheld_sales_channel_ids"

type ListingRow = {
  id: string
  metadata?: Record<string, unknown> | null
  sales_channels?: ({ id: string } | null)[] | null
  producer?: { status: string } | null
}

/** What one sync did, so its compensation can undo exactly that. */
export type ListingChanges = {
  withheld: { product_id: string; sales_channel_ids: string[]; metadata: Record<string, unknown> | null }[]
  restored: { product_id: string; sales_channel_ids: string[]; metadata: Record<string, unknown> | null }[]
}

const channelLinks = (productId: string, channelIds: string[]): LinkDefinition[] =>
  channelIds.map((channelId) => ({
    [Modules.PRODUCT]: { product_id: productId },
    [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
  }))

function withheldChannels(metadata: Record<string, unknown> | null | undefined): string[] {
  const ids = metadata?.[WITHHELD_CHANNELS_KEY]
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : []
}

function withoutWithheld(metadata: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const { [WITHHELD_CHANNELS_KEY]: _, ...rest } = metadata ?? {}
  return rest
}

/**
 * Puts the products of the given producers and/or the given products on sale or off it, as their
 * producer's status says. A product without a producer is left as it is (it cannot be published).
 */
export async function syncProducerListings(
  container: MedusaContainer,
  target: { producer_ids?: string[]; product_ids?: string[] },
): Promise<ListingChanges> {
  const changes: ListingChanges = { withheld: [], restored: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = new Set(target.product_ids ?? [])
  if (target.producer_ids?.length) {
    const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: target.producer_ids } })
    for (const producer of data as { products?: ({ id: string } | null)[] | null }[]) {
      for (const product of producer.products ?? []) if (product) productIds.add(product.id)
    }
  }
  if (!productIds.size) return changes

  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "metadata", "sales_channels.id", "producer.status"],
    filters: { id: [...productIds] },
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const products = container.resolve(Modules.PRODUCT)
  for (const product of data as ListingRow[]) {
    if (!product.producer) continue
    const onSale = product.producer.status === "approved"
    const current = (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : []))
    const withheld = withheldChannels(product.metadata)
    const metadata = product.metadata ?? null
    if (!onSale && current.length) {
      const keep = [...new Set([...withheld, ...current])]
      await link.dismiss(channelLinks(product.id, current))
      await products.updateProducts(product.id, { metadata: { ...metadata, [WITHHELD_CHANNELS_KEY]: keep } })
      changes.withheld.push({ product_id: product.id, sales_channel_ids: current, metadata })
    } else if (onSale && withheld.length) {
      const missing = withheld.filter((id) => !current.includes(id))
      if (missing.length) await link.create(channelLinks(product.id, missing))
      await products.updateProducts(product.id, { metadata: withoutWithheld(metadata) })
      changes.restored.push({ product_id: product.id, sales_channel_ids: missing, metadata })
    }
  }
  return changes
}

export async function undoProducerListings(container: MedusaContainer, changes: ListingChanges | undefined) {
  if (!changes) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const products = container.resolve(Modules.PRODUCT)
  for (const { product_id, sales_channel_ids, metadata } of changes.withheld) {
    await link.create(channelLinks(product_id, sales_channel_ids))
    await products.updateProducts(product_id, { metadata })
  }
  for (const { product_id, sales_channel_ids, metadata } of changes.restored) {
    if (sales_channel_ids.length) await link.dismiss(channelLinks(product_id, sales_channel_ids))
    await products.updateProducts(product_id, { metadata })
  }
}

export const syncProducerListingsStep = createStep(
  "sync-producer-listings",
  async (input: { producer_ids?: string[]; product_ids?: string[] }, { container }) => {
    const changes = await syncProducerListings(container, input)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => undoProducerListings(container, changes),
)
