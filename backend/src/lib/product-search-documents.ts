/**
 * Turns products read with `query.graph` into the documents of the product search index. A product
 * that must not be found (a draft, a deleted one, one whose producer is not approved) has none.
 */
import { QueryContext } from "@medusajs/framework/utils"
import type { ProductSearchDocument } from "../modules/product-search/document"
import { OCOP_FIELDS, presentOcopProduct } from "@ocop/domain/product"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import type { PhotoMetadata } from "./photos"
import type { ProductFeedback } from "./product-feedback"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { feedbackReader, NO_FEEDBACK } from "./product-feedback"
import { channelStockLocationIds, variantStockFields } from "./stock-locations"
import { placeNames } from "@ocop/domain/place-names"
import { canSell } from "@ocop/domain/stock"

export const PRODUCT_SEARCH_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "images.url",
  "images.rank",
  "images.metadata",
  "created_at",
  "metadata",
  "variants.id",
  "variants.ean",
  "variants.barcode",
  "variants.calculated_price.calculated_amount",
  ...variantStockFields("variants"),
  "sales_channels.id",
  ...OCOP_FIELDS,
]

/** Prices in the search index are what a buyer pays in đồng, before any customer-specific price list. */
export const PRODUCT_SEARCH_GRAPH_CONTEXT = {
  variants: { calculated_price: QueryContext({ currency_code: "vnd" }) },
}

const STORY_EXCERPT_LENGTH = 280

type LocationLevel = { location_id: string; stocked_quantity: number | string; reserved_quantity: number | string }
type GraphVariant = {
  id: string
  ean?: string | null
  barcode?: string | null
  manage_inventory?: boolean
  allow_backorder?: boolean
  calculated_price?: { calculated_amount?: number | string | null } | null
  inventory_items?: { required_quantity?: number; inventory?: { location_levels?: LocationLevel[] | null } | null }[] | null
}
export type ProductSearchGraphRow = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  created_at: Date | string
  metadata?: Record<string, unknown> | null
  images?: { url: string; rank: number; metadata?: Record<string, unknown> | null }[] | null
  variants?: GraphVariant[] | null
  sales_channels?: { id: string }[] | null
  producer?: { status: string; [key: string]: unknown } | null
  [key: string]: unknown
}

export function isSearchable(product: ProductSearchGraphRow): boolean {
  return product.status === "published" && product.producer?.status === "approved"
}

export function toProductSearchDocument(
  product: ProductSearchGraphRow,
  sellingLocationIds: ReadonlySet<string>,
  feedback: ProductFeedback,
  today = todayInVietnam(),
): ProductSearchDocument | null {
  if (!isSearchable(product)) return null
  const rawProducer = product.producer as Parameters<typeof presentOcopProduct>[0]["producer"] & { status: string }
  const { producer, ocop } = presentOcopProduct(product as Parameters<typeof presentOcopProduct>[0], today)
  if (!producer || !rawProducer) return null
  const metadata = product.metadata ?? {}
  const variants = product.variants ?? []
  const validUntil = ocop.current_certificate?.valid_until ?? null
  const createdAt = new Date(product.created_at)

  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: text(metadata.title_en),
    subtitle: text(product.subtitle),
    subtitle_en: text(metadata.subtitle_en),
    description: text(product.description),
    description_en: text(metadata.description_en),
    story_excerpt: excerpt(text(metadata.story_vi)),
    story_excerpt_en: excerpt(text(metadata.story_en)),
    producer_id: producer.id,
    producer_handle: producer.handle,
    producer_name: producer.name,
    producer_aliases: producerAliases(producer.name),
    producer_kind: producer.kind,
    industry_code: ocop.industry?.code ?? null,
    industry: ocop.industry?.name_vi ?? null,
    industry_en: ocop.industry?.name_en ?? null,
    product_set_number: ocop.product_set?.number ?? null,
    product_set: ocop.product_set?.name_vi ?? null,
    product_set_en: ocop.product_set?.name_en ?? null,
    star_rating: ocop.star_rating,
    certified: ocop.standing === "certified",
    ocop_standing: ocop.standing,
    certificate_valid_until: validUntil,
    certificate_valid_until_ts: validUntil ? Date.parse(`${validUntil}T00:00:00Z`) : null,
    province_code: rawProducer.province_code,
    province: producer.province?.name ?? null,
    commune_code: rawProducer.commune_code,
    commune: producer.commune?.name ?? null,
    place_names: placeNames(rawProducer),
    price_vnd: lowestPrice(variants),
    price_varies: new Set(variants.map(price).filter(Number.isFinite)).size > 1,
    in_stock: variants.some((variant) => canSell(variant, sellingLocationIds)),
    barcodes: [...new Set(variants.flatMap((v) => [v.ean, v.barcode]).filter((code): code is string => !!code))],
    sales_channel_ids: (product.sales_channels ?? []).map((channel) => channel.id),
    thumbnail: product.thumbnail ?? null,
    photo: firstPhoto(product.images ?? []),
    created_at: createdAt.toISOString(),
    created_at_ts: createdAt.getTime(),
    ...feedback,
  }
}

/** The first day, as a timestamp, on which a certificate valid until yesterday counts as expired. */
export function todayTimestamp(today = todayInVietnam()): number {
  return Date.parse(`${today}T00:00:00Z`)
}

/** How a producer's legal form is written short and long ("HTX" = "hợp tác xã"), both ways round. */
const LEGAL_FORMS: [short: string, long: string][] = [
  ["HTX", "Hợp tác xã"],
  ["HKD", "Hộ kinh doanh"],
  ["Cty", "Công ty"],
]

/**
 * The producer's name with its legal form written the other way. Meilisearch counts a synonym
 * match as typos, so "hop tac xa tai hoan" would rank "HTX Tài Hoan" below products that merely
 * mention a cooperative; the spelled-out name matches it exactly.
 */
export function producerAliases(name: string): string[] {
  const aliases: string[] = []
  for (const [short, long] of LEGAL_FORMS) {
    for (const [from, to] of [
      [short, long],
      [long, short],
    ] as const) {
      const pattern = new RegExp(`^${from}(?=\\s)`, "iu")
      if (pattern.test(name)) aliases.push(name.replace(pattern, to))
    }
  }
  return aliases
}

function text(value: unknown): string | null {
  if (typeof value !== "string") return null
  const plain = value.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim()
  return plain || null
}

/** The story's opening, cut at a word so a highlighted match never ends mid-syllable. */
function excerpt(story: string | null): string | null {
  if (!story || story.length <= STORY_EXCERPT_LENGTH) return story
  const cut = story.slice(0, STORY_EXCERPT_LENGTH)
  return `${cut.slice(0, cut.lastIndexOf(" ")).trimEnd()}…`
}

const price = (variant: GraphVariant) => Number(variant.calculated_price?.calculated_amount)

function lowestPrice(variants: GraphVariant[]): number | null {
  const amounts = variants.map(price).filter(Number.isFinite)
  return amounts.length ? Math.round(Math.min(...amounts)) : null
}

/** The photo the product page shows first (lowest rank), when the photo pipeline prepared it. */
function firstPhoto(images: NonNullable<ProductSearchGraphRow["images"]>): PhotoMetadata | null {
  const first = images.toSorted((a, b) => a.rank - b.rank)[0]
  const photo = first?.metadata?.photo as PhotoMetadata | undefined
  return photo?.renditions?.length ? photo : null
}


/**
 * The documents of products as one storefront (its publishable key's sales channels) shows them:
 * only those it sells, in stock where its channels' locations hold them.
 */
export async function documentsInShop(
  container: MedusaContainer,
  products: ProductSearchGraphRow[],
  salesChannelIds: ReadonlySet<string>,
  today = todayInVietnam(),
): Promise<ProductSearchDocument[]> {
  // The shop sells from the stock locations of its own sales channels (never a showroom's).
  const sellingLocations = await channelStockLocationIds(container.resolve(ContainerRegistrationKeys.QUERY), [...salesChannelIds])
  const feedback = await feedbackReader(container)(products.map((product) => product.id))
  return products
    .map((product) => toProductSearchDocument(product, sellingLocations, feedback.get(product.id) ?? NO_FEEDBACK, today))
    .filter((doc): doc is ProductSearchDocument => doc !== null)
    .filter((doc) => doc.sales_channel_ids.some((id) => salesChannelIds.has(id)))
}
