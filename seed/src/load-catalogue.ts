/**
 * Loads the sample catalogue into a Medusa backend through the backend's own workflows: the
 * commerce setup (Việt Nam region in VND, the web shop and Hải Hậu showroom channels, stock
 * locations, publishable key), the producers, the 35 products with photos, stock and
 * certificates, and the demo accounts. Every entity is looked up by its natural key first, so
 * loading twice changes nothing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { findCommune } from "../../backend/src/lib/admin-units"
import { communeForOldName } from "../../backend/src/lib/place-names"
import { preparePhoto, type PhotoMetadata } from "../../backend/src/lib/photos"
import { createProducerWorkflow } from "../../backend/src/workflows/create-producer"
import { recordCertificateWorkflow } from "../../backend/src/workflows/record-certificate"
import { SHOWROOM_MODULE } from "../../backend/src/modules/showroom"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import type OcopModuleService from "../../backend/src/modules/ocop/service"
import type ShowroomModuleService from "../../backend/src/modules/showroom/service"
import { sampleProducerDetails, sampleProducers } from "./catalogue/producers"
import { sampleProductDetails } from "./catalogue/products"
import type { SampleProductDetails } from "./catalogue/types"
import { gtin13 } from "./catalogue/gtin"
import { illustrationSvg, renderIllustrationPng } from "./catalogue/illustrations"
import { DEMO_ACCOUNTS } from "./demo-accounts"
import { readFacts, type FactsProduct } from "./facts"
import {
  PUBLISHABLE_KEY_TITLE,
  REGION_NAME,
  REGION_PAYMENT_PROVIDER_IDS,
  SHOWROOM_SALES_CHANNEL,
  STORE_SETUP_VERSION,
  STORE_SETUP_VERSION_KEY,
  WEB_DELIVERY,
  WEB_PICKUP,
  WEB_SALES_CHANNEL,
} from "./store-setup-names"

const SHOWROOM_HANDLE = "showroom-hai-hau"
/** Products of these producers are also stocked at the Hải Hậu showroom (same district). */
const SHOWROOM_PROVINCE = "37"
const SHOWROOM_STOCK_SHARE = 0.2
const PRODUCTS_IN_PARALLEL = 2
/** The fields of a real producer or product that the project wrote (the rest are facts). */
const SAMPLE_PRODUCER_FIELDS = ["contact_name", "phone", "email", "business_registration_number", "story_vi", "story_en"]
const SAMPLE_PRODUCT_FIELDS = ["description", "story", "variants", "prices", "stock", "ean", "images", "certificate_details"]

type Logger = { info: (message: string) => void }
type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

export type LoadSummary = { producersCreated: number; productsCreated: number; certificatesCreated: number }

/**
 * `productHandles` loads only those products and their producers (and the demo producer), with
 * the whole store setup: for tests that need a few products.
 */
export type LoadOptions = { productHandles?: string[] }

/** The producer whose owner is the demo producer login. */
const DEMO_PRODUCER_KEY = "htx-tai-hoan"

export async function loadSampleCatalogue(container: MedusaContainer, options: LoadOptions = {}): Promise<LoadSummary> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query

  await (container.resolve(OCOP_MODULE) as OcopModuleService).ensureDecision148ProductSets()
  const setup = await ensureCommerceSetup(container, query)
  const producerIds = await ensureProducers(container, query, options.productHandles && producerKeysOf(options.productHandles))
  const summary = await ensureProducts(container, query, setup, producerIds, options.productHandles)
  await ensureDemoAccounts(container, producerIds, setup.showroomId)
  await markStoreSetupVersion(container, query)
  logger.info(
    `Sample catalogue: ${producerIds.created} producers, ${summary.productsCreated} products and ${summary.certificatesCreated} certificates created (existing ones kept).`
  )
  return { producersCreated: producerIds.created, ...summary }
}

type CommerceSetup = {
  webChannelId: string
  showroomChannelId: string
  showroomLocationId: string
  showroomId: string
  shippingProfileId: string
}

async function ensureCommerceSetup(container: MedusaContainer, query: Query): Promise<CommerceSetup> {
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id", "supported_currencies.*"] })

  const channels = await ensureSalesChannels(container, query, [WEB_SALES_CHANNEL, SHOWROOM_SALES_CHANNEL])
  const webChannelId = channels.get(WEB_SALES_CHANNEL)!
  const showroomChannelId = channels.get(SHOWROOM_SALES_CHANNEL)!

  const currencies = (store.supported_currencies ?? []) as { currency_code: string; is_default: boolean }[]
  if (store.default_sales_channel_id !== webChannelId || !currencies.some((c) => c.currency_code === "vnd" && c.is_default)) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "OCOP Market",
          default_sales_channel_id: webChannelId,
          supported_currencies: [{ currency_code: "vnd", is_default: true }],
        },
      },
    })
  }

  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
    filters: { name: REGION_NAME },
  })
  if (!regions.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: [
          { name: REGION_NAME, currency_code: "vnd", countries: ["vn"], payment_providers: REGION_PAYMENT_PROVIDER_IDS, automatic_taxes: true },
        ],
      },
    })
  } else {
    const enabled = new Set((regions[0].payment_providers ?? []).map((p: { id: string }) => p.id))
    if (enabled.size !== REGION_PAYMENT_PROVIDER_IDS.length || REGION_PAYMENT_PROVIDER_IDS.some((id) => !enabled.has(id))) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: regions[0].id }, update: { payment_providers: REGION_PAYMENT_PROVIDER_IDS } },
      })
    }
  }
  const { data: taxRegions } = await query.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: "vn" } })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  }

  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  const shippingProfileId =
    profiles[0]?.id ??
    (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Mặc định", type: "default" }] } }))
      .result[0]!.id

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  const keyId =
    keys[0]?.id ??
    (
      await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
      })
    ).result[0]!.id
  if (!(keys[0]?.sales_channels ?? []).some((c: { id: string }) => c.id === webChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keyId, add: [webChannelId] } })
  }

  const { showroomId, showroomLocationId } = await ensureShowroom(container, query, showroomChannelId)
  const address = showroomAddress()
  // The showroom's address is where the programme office that runs the shop sits, and where buyers collect.
  await ensureWebShipping(container, query, { ...WEB_DELIVERY, type: "shipping" }, address, webChannelId, shippingProfileId)
  await ensureWebShipping(container, query, { ...WEB_PICKUP, type: "pickup" }, address, webChannelId, shippingProfileId)
  return { webChannelId, showroomChannelId, showroomLocationId, showroomId, shippingProfileId }
}

type WebShipping = (typeof WEB_DELIVERY | typeof WEB_PICKUP) & { type: "shipping" | "pickup" }

/**
 * The web shop's shipping options hang on stock locations of their own that hold no stock.
 * Medusa lists a cart's options from the fulfillment sets of every location in the cart's
 * sales channel, so options on each producer's location would show once per producer; and it
 * reserves an order's items at the first channel location that has them in stock, ignoring the
 * shipping method, so the showroom's stock location must stay out of the web channel or a web
 * order could take the counter's stock. With stockless locations carrying the options, every
 * web order reserves at the producer's own location, whichever option the buyer picks.
 */
async function ensureWebShipping(
  container: MedusaContainer,
  query: Query,
  setup: WebShipping,
  address: { country_code: string; address_1: string; city: string; province: string },
  webChannelId: string,
  shippingProfileId: string
) {
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_sets.id", "fulfillment_sets.name", "fulfillment_providers.id"],
    filters: { name: setup.location },
  })
  let location = locations[0]
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: setup.location, address, metadata: { holds_stock: false } }] },
    })
    location = { id: result[0]!.id, sales_channels: [], fulfillment_sets: [], fulfillment_providers: [] }
  }
  if (!(location.fulfillment_providers ?? []).some((p: { id: string }) => p.id === "manual_manual")) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }
  if (!(location.sales_channels ?? []).some((c: { id: string }) => c.id === webChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [webChannelId] } })
  }

  if (!(location.fulfillment_sets ?? []).some((f: { name: string }) => f.name === setup.fulfillmentSet)) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: setup.fulfillmentSet, type: setup.type } },
    })
  }
  const { data: sets } = await query.graph({
    entity: "fulfillment_set",
    fields: ["id", "service_zones.id", "service_zones.name", "service_zones.shipping_options.name"],
    filters: { name: setup.fulfillmentSet },
  })
  let zone = sets[0].service_zones.find((z: { name: string }) => z.name === setup.serviceZone)
  if (!zone) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [{ name: setup.serviceZone, fulfillment_set_id: sets[0].id, geo_zones: [{ type: "country", country_code: "vn" }] }],
      },
    })
    zone = { id: result[0]!.id, shipping_options: [] }
  }

  const existing = new Set((zone.shipping_options ?? []).map((o: { name: string }) => o.name))
  const missing = setup.options.filter((o) => !existing.has(o.name))
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        type: { code: option.code, label: option.name, description: option.description },
        prices: [{ currency_code: "vnd", amount: option.priceVnd }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
          { attribute: "is_return", operator: "eq" as const, value: "false" },
        ],
      })),
    })
  }
}

async function markStoreSetupVersion(container: MedusaContainer, query: Query) {
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "metadata"] })
  if (store.metadata?.[STORE_SETUP_VERSION_KEY] === STORE_SETUP_VERSION) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...store.metadata, [STORE_SETUP_VERSION_KEY]: STORE_SETUP_VERSION } },
    },
  })
}

function showroomAddress() {
  const [facts] = readFacts().showrooms
  return { address_1: facts!.old_address, city: facts!.new_unit.commune, province: facts!.new_unit.province, country_code: "vn" }
}

async function ensureSalesChannels(container: MedusaContainer, query: Query, names: string[]) {
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { name: names } })
  const byName = new Map<string, string>(data.map((c: { id: string; name: string }) => [c.name, c.id]))
  const missing = names.filter((n) => !byName.has(n))
  if (missing.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: missing.map((name) => ({ name })) },
    })
    for (const channel of result) byName.set(channel.name, channel.id)
  }
  return byName
}

async function ensureShowroom(container: MedusaContainer, query: Query, showroomChannelId: string) {
  const [facts] = readFacts().showrooms
  const showrooms = container.resolve(SHOWROOM_MODULE) as ShowroomModuleService
  const { data: existing } = await query.graph({
    entity: "showroom",
    fields: ["id", "stock_location.id"],
    filters: { handle: SHOWROOM_HANDLE },
  })
  if (existing[0]?.stock_location) {
    return { showroomId: existing[0].id as string, showroomLocationId: existing[0].stock_location.id as string }
  }
  const showroom =
    existing[0] ??
    (await showrooms.createShowrooms({
      handle: SHOWROOM_HANDLE,
      name: facts!.name_vi,
      address_as_issued: facts!.old_address,
      province_code: facts!.new_unit.province_code,
      commune_code: facts!.new_unit.commune_code,
    }))
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Kho showroom OCOP Hải Hậu",
          address: showroomAddress(),
        },
      ],
    },
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    { [SHOWROOM_MODULE]: { showroom_id: showroom.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location!.id } },
    { [SHOWROOM_MODULE]: { showroom_id: showroom.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: showroomChannelId } },
  ])
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location!.id, add: [showroomChannelId] } })
  return { showroomId: showroom.id, showroomLocationId: location!.id }
}

/** "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn" → "Xã Côn Minh" (the old commune as named in 2025 merges). */
export function oldCommuneName(oldAddress: string): string | undefined {
  const part = oldAddress
    .split(",")
    .map((s) => s.trim())
    .find((s) => /^(xã|thị trấn|phường) /i.test(s))
  return part ? part[0]!.toUpperCase() + part.slice(1) : undefined
}

type ProducerIds = { byKey: Map<string, { id: string; locationId: string; provinceCode: string }>; created: number }

function producerKeysOf(productHandles: string[]): Set<string> {
  const keys = new Set([DEMO_PRODUCER_KEY])
  const byName = new Map(readFacts().products.map((p) => [p.name_vi.normalize("NFC"), p]))
  for (const details of sampleProductDetails.filter((d) => productHandles.includes(d.handle))) {
    const producerKey = byName.get(details.nameVi.normalize("NFC"))?.producer ?? details.sampleProducerKey
    if (producerKey) keys.add(producerKey)
  }
  return keys
}

async function ensureProducers(container: MedusaContainer, query: Query, onlyKeys?: Set<string>): Promise<ProducerIds> {
  const details = new Map(sampleProducerDetails.map((d) => [d.producerKey, d]))
  const inputs = [
    ...readFacts().producers.map((facts) => {
      const sample = details.get(facts.key)
      if (!sample) throw new Error(`The sample catalogue has no details for producer "${facts.key}".`)
      const oldCommune = oldCommuneName(facts.old_address)
      const communeCode =
        facts.new_commune_code ??
        (oldCommune ? communeForOldName(facts.new_province_code, oldCommune)?.code : undefined) ??
        null
      return {
        key: facts.key,
        input: {
          handle: sample.handle,
          name: facts.name_vi,
          kind: facts.kind,
          address_as_issued: facts.old_address,
          province_code: facts.new_province_code,
          commune_code: communeCode,
          is_sample: false,
          sampleFields: SAMPLE_PRODUCER_FIELDS,
          sample,
        },
      }
    }),
    ...sampleProducers.map((sample) => ({
      key: sample.producerKey,
      input: {
        handle: sample.handle,
        name: sample.nameVi,
        kind: sample.kind,
        address_as_issued: sample.addressAsIssued,
        province_code: sample.provinceCode,
        commune_code: sample.communeCode && findCommune(sample.provinceCode, sample.communeCode) ? sample.communeCode : null,
        is_sample: true,
        sampleFields: ["*"],
        sample,
      },
    })),
  ]

  const wanted = onlyKeys ? inputs.filter((i) => onlyKeys.has(i.key)) : inputs
  const { data: existing } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "province_code", "stock_location.id"],
    filters: { handle: wanted.map((i) => i.input.handle) },
  })
  const byHandle = new Map(existing.map((p: any) => [p.handle as string, p]))
  const ids: ProducerIds = { byKey: new Map(), created: 0 }
  for (const { key, input } of wanted) {
    let record = byHandle.get(input.handle)
    if (!record) {
      const { sample, sampleFields, ...fields } = input
      const { result } = await createProducerWorkflow(container).run({
        input: {
          ...fields,
          status: "approved",
          contact_name: sample.contactName,
          phone: sample.phone,
          email: sample.email,
          business_registration_number: sample.businessRegistrationNumber,
          story_vi: sample.storyVi,
          story_en: sample.storyEn,
          metadata: { sample_fields: sampleFields, gs1_company_reference: sample.gs1CompanyReference },
        },
      })
      record = { id: result.producer.id, province_code: input.province_code, stock_location: { id: result.stock_location.id } }
      ids.created++
    }
    ids.byKey.set(key, { id: record.id, locationId: record.stock_location.id, provinceCode: record.province_code })
  }
  return ids
}

async function uploadPhoto(container: MedusaContainer, png: Buffer, baseName: string): Promise<{ url: string; photo: PhotoMetadata }> {
  const prepared = await preparePhoto(png)
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: prepared.renditions.map((r) => ({
        filename: `photos/${baseName}-${r.width}.${r.format}`,
        mimeType: `image/${r.format}`,
        content: r.buffer.toString("binary"),
        access: "public" as const,
      })),
    },
  })
  const renditions = prepared.renditions.map((r, i) => ({ width: r.width, format: r.format, url: result[i]!.url }))
  const largestWebp = renditions.filter((r) => r.format === "webp").sort((a, b) => b.width - a.width)[0]!
  return {
    url: largestWebp.url,
    photo: { width: prepared.width, height: prepared.height, placeholder: prepared.placeholder, renditions },
  }
}

async function ensureProducts(
  container: MedusaContainer,
  query: Query,
  setup: CommerceSetup,
  producers: ProducerIds,
  onlyHandles?: string[]
): Promise<Omit<LoadSummary, "producersCreated">> {
  const detailsByName = new Map(sampleProductDetails.map((d) => [d.nameVi.normalize("NFC"), d]))
  const { data: productSets } = await query.graph({ entity: "product_set", fields: ["id", "number"] })
  const productSetId = new Map(productSets.map((s: { id: string; number: number }) => [s.number, s.id]))
  const producerKeyOf = (facts: FactsProduct, details: SampleProductDetails) => facts.producer ?? details.sampleProducerKey!

  const facts = readFacts().products.filter(
    (product) => !onlyHandles || onlyHandles.includes(detailsByName.get(product.name_vi.normalize("NFC"))?.handle ?? "")
  )
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: sampleProductDetails.map((d) => d.handle) },
  })
  const existingHandles = new Set(existing.map((p: { handle: string }) => p.handle))
  const summary = { productsCreated: 0, certificatesCreated: 0 }
  const companyReference = new Map(
    [...sampleProducerDetails, ...sampleProducers].map((p) => [p.producerKey, p.gs1CompanyReference])
  )

  // Two products at a time: one renders and encodes photos while the other waits on the database.
  const loadProduct = async (product: FactsProduct) => {
    const details = detailsByName.get(product.name_vi.normalize("NFC"))
    if (!details) throw new Error(`The sample catalogue has no details for "${product.name_vi}".`)
    if (existingHandles.has(details.handle)) return
    const producerKey = producerKeyOf(product, details)
    const producer = producers.byKey.get(producerKey)
    if (!producer) throw new Error(`"${product.name_vi}" names producer "${producerKey}", which was not loaded.`)

    const images = await Promise.all(
      (["hero", "detail"] as const).map(async (view) => {
        const png = await renderIllustrationPng(illustrationSvg({ productSetNumber: product.set, seed: details.handle, view }))
        const { url, photo } = await uploadPhoto(container, png, `${details.handle}-${view}`)
        return { url, metadata: { photo, illustrative: true } }
      })
    )
    const thumbnail = images[0]!.metadata.photo.renditions.find((r) => r.format === "webp" && r.width === 640)?.url ?? images[0]!.url
    const inShowroom = producer.provinceCode === SHOWROOM_PROVINCE
    const optionTitle = "Quy cách"
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: product.name_vi.normalize("NFC"),
            subtitle: details.subtitleVi,
            description: details.descriptionVi,
            handle: details.handle,
            status: "published",
            origin_country: "vn",
            shipping_profile_id: setup.shippingProfileId,
            thumbnail,
            images,
            options: [{ title: optionTitle, values: details.variants.map((v) => v.titleVi) }],
            variants: details.variants.map((variant, rank) => {
              const ean = gtin13(companyReference.get(producerKey)!, variant.itemReference)
              return {
                title: variant.titleVi,
                // The packs' order on the product page, which an update of one pack must not change.
                variant_rank: rank,
                sku: `${details.handle}-${variant.itemReference}`,
                ean,
                barcode: ean,
                manage_inventory: true,
                weight: variant.weightGrams,
                options: { [optionTitle]: variant.titleVi },
                prices: [{ amount: variant.priceVnd, currency_code: "vnd" }],
                metadata: { title_en: variant.titleEn },
              }
            }),
            sales_channels: [{ id: setup.webChannelId }, ...(inShowroom ? [{ id: setup.showroomChannelId }] : [])],
            metadata: {
              title_en: details.titleEn,
              subtitle_en: details.subtitleEn,
              description_en: details.descriptionEn,
              story_vi: details.storyVi,
              story_en: details.storyEn,
              is_sample: true,
              sample_fields: SAMPLE_PRODUCT_FIELDS,
              source: product.source,
            },
          },
        ],
        additional_data: { producer_id: producer.id, product_set_id: productSetId.get(product.set) },
      },
    })
    summary.productsCreated++

    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: created[0]!.id },
    })
    const stockBySku = new Map(details.variants.map((v) => [`${details.handle}-${v.itemReference}`, v.stock]))
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((variant: any) => {
          const stock = stockBySku.get(variant.sku) ?? 0
          const itemId = variant.inventory_items[0].inventory_item_id as string
          return [
            { inventory_item_id: itemId, location_id: producer.locationId, stocked_quantity: stock },
            ...(inShowroom
              ? [{ inventory_item_id: itemId, location_id: setup.showroomLocationId, stocked_quantity: Math.ceil(stock * SHOWROOM_STOCK_SHARE) }]
              : []),
          ]
        }),
      },
    })

    for (const certificate of details.certificates) {
      await recordCertificateWorkflow(container).run({
        input: {
          product_id: created[0]!.id,
          decision_number: certificate.decisionNumber,
          decision_date: certificate.decisionDate,
          issuing_authority: certificate.issuingAuthority,
          star_rating: certificate.starRating,
          total_score: certificate.scoreA + certificate.scoreB + certificate.scoreC,
          score_a: certificate.scoreA,
          score_b: certificate.scoreB,
          score_c: certificate.scoreC,
          evaluation_kind: certificate.evaluationKind,
          criteria_decision: certificate.criteriaDecision,
          product_set_id: productSetId.get(product.set)!,
          verified: true,
          is_sample: true,
        },
      })
      summary.certificatesCreated++
    }
  }
  const queue = [...facts]
  await Promise.all(
    Array.from({ length: PRODUCTS_IN_PARALLEL }, async () => {
      for (let product = queue.shift(); product; product = queue.shift()) await loadProduct(product)
    })
  )
  return summary
}

async function ensureDemoAccounts(container: MedusaContainer, producers: ProducerIds, showroomId: string) {
  const auth = container.resolve(Modules.AUTH)
  for (const account of DEMO_ACCOUNTS) {
    const existing = await auth.listProviderIdentities({ entity_id: account.email, provider: "emailpass" })
    if (existing.length) continue
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: account.email, password: account.password },
    } as any)
    if (error || !authIdentity) throw new Error(`Could not create the demo ${account.role} login: ${error}`)

    let appMetadata: Record<string, string>
    switch (account.role) {
      case "operator": {
        const { result } = await createUsersWorkflow(container).run({
          input: { users: [{ email: account.email, first_name: "Văn phòng", last_name: "OCOP" }] },
        })
        appMetadata = { user_id: result[0]!.id }
        break
      }
      case "buyer": {
        await createCustomerAccountWorkflow(container).run({
          input: {
            authIdentityId: authIdentity.id,
            customerData: { email: account.email, first_name: "Lan", last_name: "Nguyễn", phone: "0912345678" },
          },
        })
        continue
      }
      case "producer":
        appMetadata = { producer_id: producers.byKey.get(DEMO_PRODUCER_KEY)!.id }
        break
      case "showroom staff":
        appMetadata = { showroom_id: showroomId }
        break
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: appMetadata })
  }
}
