/**
 * The read-only steps a producer's listing workflows share: whether the producer may change its
 * listings, where its products are sold and stocked, a free handle for a new product, and which
 * stock levels at the producer's location are to be created or changed.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toHandle } from "@ocop/domain/handle"
import { assertMayEditListings, assertMayRemoveVariant } from "@ocop/domain/producer-accounts"
import { enforce } from "../../lib/domain-rules"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/** Refuses a rejected or suspended producer with 403 and the reason: they read their listings, they do not change them. */
export const assertProducerMayEditListingsStep = createStep(
  "assert-producer-may-edit-listings",
  async (input: { producer_id: string }, { container }) => {
    const producer = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(input.producer_id)
    enforce(() => assertMayEditListings(producer.status), MedusaError.Types.FORBIDDEN)
    return new StepResponse(null)
  },
)

export type ProducerListingSetup = { stock_location_id: string; sales_channel_id: string }

/** The producer's own stock location, and the web shop's sales channel its products are listed on. */
export const producerListingSetupStep = createStep("producer-listing-setup", async (input: { producer_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: stores }] = await Promise.all([
    query.graph({ entity: "producer", fields: ["id", "stock_location.id"], filters: { id: input.producer_id } }),
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
  ])
  const locationId = (producers[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  const channelId = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id
  if (!locationId || !channelId) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "This producer has no stock location of its own, or the shop no web sales channel: the programme office sets these up.",
    )
  }
  return new StepResponse<ProducerListingSetup>({ stock_location_id: locationId, sales_channel_id: channelId })
})

/** "Miến dong Tài Hoan" → "mien-dong-tai-hoan", or "mien-dong-tai-hoan-2" when another product has it (archived ones too). */
export const chooseProductHandleStep = createStep("choose-product-handle", async (input: { title: string }, { container }) => {
  const products = container.resolve(Modules.PRODUCT)
  const base = toHandle(input.title) || "san-pham"
  const taken = new Set(
    (await products.listProducts({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map((product) => product.handle),
  )
  let handle = base
  for (let suffix = 2; taken.has(handle); suffix++) handle = `${base}-${suffix}`
  return new StepResponse(handle)
})

export type StockWanted = { variant_id: string; stocked_quantity: number }

type VariantStockRow = {
  id: string
  inventory_items?: ({ inventory_item_id: string; inventory?: { location_levels?: ({ id: string; location_id: string } | null)[] | null } | null } | null)[] | null
}

/** The variants' inventory items and their levels at one location, for planning a batch of level changes. */
async function inventoryAt(container: MedusaContainer, variantIds: string[], locationId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.id", "inventory_items.inventory.location_levels.location_id"],
    filters: { id: variantIds },
  })
  return new Map(
    (data as VariantStockRow[]).map((variant) => {
      const item = variant.inventory_items?.find(Boolean)
      const level = item?.inventory?.location_levels?.find((candidate) => candidate?.location_id === locationId)
      return [variant.id, { inventory_item_id: item?.inventory_item_id, level_id: level?.id }] as const
    }),
  )
}

/**
 * How much of each pack the producer has at its location, as the levels Medusa's batch of inventory
 * levels creates (a pack new to the location) or updates. A pack without an inventory item (its
 * stock not managed) has no level to set, which is said rather than skipped.
 */
export const planStockLevelsStep = createStep(
  "plan-stock-levels",
  async (input: { location_id: string; stock: StockWanted[] }, { container }) => {
    const create: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    const update: { id: string; inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    if (!input.stock.length) return new StepResponse({ create, update })
    const inventory = await inventoryAt(
      container,
      input.stock.map((wanted) => wanted.variant_id),
      input.location_id,
    )
    for (const wanted of input.stock) {
      const found = inventory.get(wanted.variant_id)
      if (!found?.inventory_item_id) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pack ${wanted.variant_id} is sold without counting its stock, so it has no stock to set.`)
      }
      const level = { inventory_item_id: found.inventory_item_id, location_id: input.location_id, stocked_quantity: wanted.stocked_quantity }
      if (found.level_id) update.push({ id: found.level_id, ...level })
      else create.push(level)
    }
    return new StepResponse({ create, update })
  },
)

/** Refuses to remove a product's only pack size (400 with what to do instead). Reads only. */
export const assertVariantMayBeRemovedStep = createStep("assert-variant-may-be-removed", async (input: { product_id: string }, { container }) => {
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ product_id: input.product_id }, { select: ["id"] })
  enforce(() => assertMayRemoveVariant(variants.length))
  return new StepResponse(null)
})

/** A product's texts as a producer writes them: Vietnamese in Medusa's own fields, English and the origin story in its metadata, as the seed keeps them. */
export type ProducerProductTexts = {
  title?: string
  title_en?: string | null
  description?: string | null
  description_en?: string | null
  story_vi?: string | null
  story_en?: string | null
}

/** One pack size: its Vietnamese title is what the buyer picks, its GTIN-13 what its barcode carries. */
export type ProducerVariantFields = {
  title?: string
  title_en?: string | null
  sku?: string
  gtin?: string | null
  /** Whole đồng. */
  price?: number
  weight_grams?: number | null
}

const METADATA_TEXTS = ["title_en", "description_en", "story_vi", "story_en"] as const

/** The texts as Medusa's product update takes them; a text set to null is taken out of the metadata (Medusa drops a key set to ""). */
export function medusaProductTexts(texts: ProducerProductTexts) {
  const metadata: Record<string, string> = {}
  for (const key of METADATA_TEXTS) if (texts[key] !== undefined) metadata[key] = texts[key] ?? ""
  return {
    ...(texts.title !== undefined ? { title: texts.title } : {}),
    ...(texts.description !== undefined ? { description: texts.description } : {}),
    ...(Object.keys(metadata).length ? { metadata } : {}),
  }
}

/** A pack as Medusa's variant create or update takes it; its stock is always counted, at the producer's location. */
export function medusaVariantFields(variant: ProducerVariantFields) {
  return {
    ...(variant.title !== undefined ? { title: variant.title } : {}),
    ...(variant.sku !== undefined ? { sku: variant.sku } : {}),
    ...(variant.gtin !== undefined ? { ean: variant.gtin, barcode: variant.gtin } : {}),
    ...(variant.weight_grams !== undefined ? { weight: variant.weight_grams } : {}),
    ...(variant.price !== undefined ? { prices: [{ amount: variant.price, currency_code: "vnd" }] } : {}),
    ...(variant.title_en !== undefined ? { metadata: { title_en: variant.title_en ?? "" } } : {}),
  }
}

/** The one option a producer's packs are told apart by: the pack size, whose values are the packs' titles. */
export const PACK_OPTION = "Quy cách"

export type PackOptionPlan = { option_title: string; option_id: string; add_value: boolean; /** A new pack's place: after the product's packs. */ next_rank: number }

/**
 * The product's option its packs are told apart by (its only one), and whether a pack titled
 * `title` needs the value added to it first. A product whose packs differ in several options is
 * the Admin's to change.
 */
export const planPackOptionStep = createStep("plan-pack-option", async (input: { product_id: string; title?: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["options.id", "options.title", "options.values.value", "variants.variant_rank"],
    filters: { id: input.product_id },
  })
  const product = data[0] as
    | { options?: ({ id: string; title: string; values?: ({ value: string } | null)[] | null } | null)[] | null; variants?: ({ variant_rank: number | null } | null)[] | null }
    | undefined
  const options = (product?.options ?? []).flatMap((option) => (option ? [option] : []))
  const nextRank = Math.max(-1, ...(product?.variants ?? []).map((variant) => variant?.variant_rank ?? 0)) + 1
  const option = options.length === 1 ? options[0] : undefined
  if (!option) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This product's packs differ in more than their size: the programme office changes them in the Admin.")
  }
  const has = (option.values ?? []).some((value) => value?.value === input.title)
  return new StepResponse<PackOptionPlan>({ option_title: option.title, option_id: option.id, add_value: input.title !== undefined && !has, next_rank: nextRank })
})

/** Refuses a product set that is none of Decision 148's with 400 (the OCOP hook's own check answers 404, as for the operator's panel). Reads only. */
export const assertProductSetExistsStep = createStep("assert-product-set-exists", async (input: { product_set_id?: string }, { container }) => {
  if (!input.product_set_id) return new StepResponse(null)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_set", fields: ["id"], filters: { id: input.product_set_id } })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `product_set_id: there is no OCOP product set ${input.product_set_id}. Choose one of those GET /store/product-sets lists.`,
    )
  }
  return new StepResponse(null)
})
