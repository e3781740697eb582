/**
 * `medusa exec ./src/scripts/bench-search-catalogue.ts <total>`: grows the catalogue to `total`
 * products for the search benchmark by cloning the sample products already loaded (same texts,
 * producer, product set and star; numbered pack titles, prices varied). Products go through
 * Medusa's own createProductsWorkflow, a few hundred per run; the clones' certificates are
 * written in bulk to the OCOP module and linked, rather than one recordCertificateWorkflow each.
 * Prints one line of JSON with what it created and how long it took.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

const BATCH_SIZE = 1000
const PACK_WORDS = ["gói quà Tết", "loại đặc biệt", "hộp 6 túi", "bản mùa vụ", "gói gia đình", "bản xuất khẩu", "hộp biếu", "túi tiết kiệm"]

type SampleProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  options: { title: string }[]
  variants: { title: string; prices: { amount: number; currency_code: string }[] }[]
  sales_channels: { id: string }[]
  producer: { id: string }
  product_set: { id: string } | null
  certificates: Record<string, any>[]
}

export default async function growBenchCatalogue({ container, args }: ExecArgs) {
  const total = Number(args[0])
  if (!Number.isInteger(total) || total < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give the number of products the catalogue should reach, e.g. 10000.")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)

  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "subtitle",
      "description",
      "thumbnail",
      "metadata",
      "options.title",
      "variants.title",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "sales_channels.id",
      "producer.id",
      "product_set.id",
      "certificates.*",
    ],
    // The sample products are the oldest; clones come after them.
    pagination: { skip: 0, take: 100, order: { created_at: "ASC" } },
  })
  const sources = (data as unknown as SampleProduct[]).filter((p) => !p.metadata?.bench_clone && p.producer)
  if (!sources.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Load the sample catalogue first (npm run seed).")

  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const existing = metadata?.count ?? 0
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  const shippingProfileId = profiles[0]?.id as string

  const startedAt = Date.now()
  let created = 0
  let certificates = 0
  // Every sample product gets an equal share of the clones, in runs of at most BATCH_SIZE.
  const share = Math.min(BATCH_SIZE, Math.ceil((total - existing) / sources.length))
  for (let next = existing, run = 0; next < total; run++) {
    const source = sources[run % sources.length]!
    const count = Math.min(share, total - next)
    const clones = Array.from({ length: count }, (_, i) => cloneOf(source, next + i, shippingProfileId))
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: clones,
        additional_data: { producer_id: source.producer.id, product_set_id: source.product_set?.id },
      },
    })
    const certificate = source.certificates.filter((c) => c.verified).sort((a, b) => (a.decision_date < b.decision_date ? 1 : -1))[0]
    if (certificate) {
      const { id, created_at, updated_at, deleted_at, valid_until, product_set_id, product_set, ...fields } = certificate
      const copies = await ocop.createCertificates(
        result.map(() => ({ ...fields, product_set_id: product_set_id ?? product_set?.id }))
      )
      await link.create(
        result.map((product, i) => ({
          [Modules.PRODUCT]: { product_id: product.id },
          [OCOP_MODULE]: { certificate_id: copies[i]!.id },
        }))
      )
      certificates += copies.length
    }
    created += result.length
    next += count
  }
  const seconds = (Date.now() - startedAt) / 1000
  console.log(
    JSON.stringify({ bench: "catalogue", existing, created, certificates, total: existing + created, seconds, per_second: created / seconds })
  )
}

/** A numbered pack of a sample product: its texts and links, a price within ±20 %. */
function cloneOf(source: SampleProduct, n: number, shippingProfileId: string) {
  const packWord = PACK_WORDS[n % PACK_WORDS.length]!
  const factor = 0.8 + ((n * 7919) % 41) / 100
  const optionTitle = source.options[0]?.title ?? "Quy cách"
  return {
    title: `${source.title} ${packWord} số ${n}`,
    subtitle: source.subtitle,
    description: source.description,
    handle: `${source.handle}-${n}`,
    status: "published" as const,
    thumbnail: source.thumbnail,
    shipping_profile_id: shippingProfileId,
    options: [{ title: optionTitle, values: source.variants.map((v) => v.title) }],
    variants: source.variants.map((variant) => ({
      title: variant.title,
      manage_inventory: false,
      options: { [optionTitle]: variant.title },
      prices: variant.prices.map((price) => ({
        currency_code: price.currency_code,
        amount: Math.round((price.amount * factor) / 1000) * 1000,
      })),
    })),
    sales_channels: source.sales_channels.map((channel) => ({ id: channel.id })),
    metadata: { ...source.metadata, bench_clone: true },
  }
}
