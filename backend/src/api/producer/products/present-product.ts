/** A producer's products as the producer manages them: texts in both languages, packs with price and stock at its own location, photos in order with the cover. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../links/product-producer"
import { isCover, type ProductPhoto } from "../../../workflows/steps/product-photos"

const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "status",
  "description",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "product_set.id",
  "product_set.number",
  "product_set.name_vi",
  "product_set.name_en",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.ean",
  "variants.weight",
  "variants.metadata",
  "variants.variant_rank",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "images.id",
  "images.url",
  "images.rank",
  "images.metadata",
]

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type VariantRow = {
  id: string
  title: string
  sku: string | null
  ean: string | null
  weight: number | null
  metadata: Record<string, unknown> | null
  variant_rank: number | null
  prices?: ({ amount: number; currency_code: string } | null)[] | null
  inventory_items?: ({ inventory?: { location_levels?: (Level | null)[] | null } | null } | null)[] | null
}
type ProductRow = {
  id: string
  title: string
  handle: string
  status: string
  description: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  product_set?: { id: string; number: number; name_vi: string; name_en: string } | null
  variants?: (VariantRow | null)[] | null
  images?: ({ id: string; url: string; rank: number; metadata: Record<string, unknown> | null } | null)[] | null
}

const text = (metadata: Record<string, unknown> | null, key: string) => (typeof metadata?.[key] === "string" ? (metadata[key] as string) : null)
const present = <T>(items: (T | null)[] | null | undefined): T[] => (items ?? []).flatMap((item) => (item ? [item] : []))

function presentVariant(variant: VariantRow, locationId: string | undefined) {
  const level = present(variant.inventory_items)
    .flatMap((item) => present(item.inventory?.location_levels))
    .find((candidate) => candidate.location_id === locationId)
  return {
    id: variant.id,
    title: variant.title,
    title_en: text(variant.metadata, "title_en"),
    sku: variant.sku,
    gtin: variant.ean,
    price: present(variant.prices).find((price) => price.currency_code === "vnd")?.amount ?? null,
    stock: level?.stocked_quantity ?? 0,
    reserved: level?.reserved_quantity ?? 0,
    weight_grams: variant.weight,
  }
}

function presentPhoto(image: ProductPhoto & { id: string }, thumbnail: string | null) {
  const photo = (image.metadata as { photo?: Record<string, unknown> } | null)?.photo
  return { id: image.id, url: image.url, cover: isCover(image, thumbnail), ...(photo ?? {}) }
}

function presentProduct(product: ProductRow, locationId: string | undefined) {
  return {
    id: product.id,
    title: product.title,
    title_en: text(product.metadata, "title_en"),
    handle: product.handle,
    status: product.status,
    description: product.description,
    description_en: text(product.metadata, "description_en"),
    story_vi: text(product.metadata, "story_vi"),
    story_en: text(product.metadata, "story_en"),
    product_set: product.product_set ?? null,
    thumbnail: product.thumbnail,
    variants: present(product.variants)
      .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
      .map((variant) => presentVariant(variant, locationId)),
    photos: present(product.images)
      .sort((a, b) => a.rank - b.rank)
      .map((image) => presentPhoto(image, product.thumbnail)),
    created_at: product.created_at,
    updated_at: product.updated_at,
  }
}

export type ProducerProduct = ReturnType<typeof presentProduct>

async function producerLocationId(container: MedusaContainer, producerId: string): Promise<string | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["stock_location.id"], filters: { id: producerId } })
  return (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
}

/** The products of these ids, in their order; the guard or the link query made sure they are the producer's. */
export async function producerProducts(container: MedusaContainer, producerId: string, productIds: string[]): Promise<ProducerProduct[]> {
  if (!productIds.length) return []
  const [locationId, { data }] = await Promise.all([
    producerLocationId(container, producerId),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productIds } }),
  ])
  const byId = new Map((data as ProductRow[]).map((product) => [product.id, presentProduct(product, locationId)]))
  return productIds.flatMap((id) => byId.get(id) ?? [])
}

export async function producerProduct(container: MedusaContainer, producerId: string, productId: string): Promise<ProducerProduct | undefined> {
  return (await producerProducts(container, producerId, [productId]))[0]
}

/** One page of the producer's products, the newest first, and how many it has. */
export async function pageOfProducerProducts(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id", "created_at"],
    filters: { producer_id: producerId },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC" } },
  })
  const products = await producerProducts(
    container,
    producerId,
    (data as { product_id: string }[]).map((row) => row.product_id),
  )
  return { products, count: metadata?.count ?? products.length, limit: page.limit, offset: page.offset }
}
