/**
 * Loads the sample catalogue into a Medusa backend through the backend's own workflows, on top of
 * the store setup that `medusa db:migrate` creates (backend/src/migration-scripts): the producers,
 * the 35 products with stock and certificates, a fair and a curated pavilion (trade-promotion.ts) and the demo accounts, then (loadSamplePhotos) the
 * products' photos. The setup is found
 * by its names; every sample is looked up by its natural key first, so loading twice changes nothing.
 */
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createUsersWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { preparePhoto } from "@ocop/backend/photos"
import { storePreparedPhoto, thumbnailOf } from "@ocop/backend/workflows/steps/product-photos"
import { HAI_HAU_SHOWROOM, SHOWROOM_SALES_CHANNEL, WEB_SALES_CHANNEL } from "@ocop/backend/store-setup"
import { addPosStaffWorkflow } from "@ocop/backend/workflows/add-pos-staff"
import { createTradeCampaignWorkflow } from "@ocop/backend/workflows/create-trade-campaign"
import { addProducerMemberWorkflow } from "@ocop/backend/workflows/add-producer-member"
import { createProducerWorkflow } from "@ocop/backend/workflows/create-producer"
import { recordCertificateWorkflow } from "@ocop/backend/workflows/record-certificate"
import { syncProductSearchWorkflow } from "@ocop/backend/workflows/sync-product-search"
import { revalidateStorefront, storefrontTagsOfProducts } from "@ocop/backend/storefront-revalidation"
import { findCommune } from "@ocop/domain/admin-units"
import { vietnameseGtin13 } from "@ocop/domain/gtin"
import { communeForOldName } from "@ocop/domain/place-names"
import { SAMPLE_CAMPAIGNS } from "./catalogue/campaigns"
import { sampleProducerDetails, sampleProducers } from "./catalogue/producers"
import { sampleProductDetails } from "./catalogue/products"
import type { SampleProductDetails } from "./catalogue/types"
import { illustrationSvg, renderIllustrationPng } from "./catalogue/illustrations"
import { DEMO_ACCOUNTS, demoAccountsWanted } from "./demo-accounts"
import { readFacts, type FactsProduct } from "./facts"
import { ensureSampleTradePromotion } from "./trade-promotion"

/** Products of these producers are also stocked at the Hải Hậu showroom (same district). */
const SHOWROOM_PROVINCE = HAI_HAU_SHOWROOM.provinceCode
const SHOWROOM_STOCK_SHARE = 0.2
const PRODUCTS_IN_PARALLEL = 2
/** The fields of a real producer or product that the project wrote (the rest are facts). */
const SAMPLE_PRODUCER_FIELDS = ["contact_name", "phone", "email", "business_registration_number", "story_vi", "story_en"]
const SAMPLE_PRODUCT_FIELDS = ["description", "story", "variants", "prices", "stock", "ean", "images", "certificate_details"]

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

export type LoadSummary = { producersCreated: number; productsCreated: number; certificatesCreated: number }

/** The producer whose owner is the demo producer login. */
const DEMO_PRODUCER_KEY = "htx-tai-hoan"

export async function loadSampleCatalogue(container: MedusaContainer): Promise<LoadSummary> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query

  const setup = await findStoreSetup(query)
  const producerIds = await ensureProducers(container, query)
  const summary = await ensureProducts(container, query, setup, producerIds)
  await ensureSampleTradePromotion(container)
  const demo = demoAccountsWanted()
  if (demo.warning) logger.warn(demo.warning)
  await ensureCampaigns(container, query)
  if (demo.create) await ensureDemoAccounts(container, producerIds, setup.showroomId)
  else logger.info("Sample catalogue: no demo logins in production (set OCOP_DEMO_ACCOUNTS=true to make them anyway).")
  logger.info(
    `Sample catalogue: ${producerIds.created} producers, ${summary.productsCreated} products and ${summary.certificatesCreated} certificates created (existing ones kept).`
  )
  return { producersCreated: producerIds.created, ...summary }
}

type StoreSetup = {
  webChannelId: string
  showroomChannelId: string
  showroomLocationId: string
  showroomId: string
  shippingProfileId: string
  productSetId: Map<number, string>
}

/** The shop the samples go into, as the backend's migration scripts made it. */
async function findStoreSetup(query: Query): Promise<StoreSetup> {
  const [{ data: channels }, { data: showrooms }, { data: profiles }, { data: productSets }] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { name: [WEB_SALES_CHANNEL, SHOWROOM_SALES_CHANNEL] } }),
    query.graph({ entity: "showroom", fields: ["id", "stock_location.id"], filters: { handle: HAI_HAU_SHOWROOM.handle } }),
    query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } }),
    query.graph({ entity: "product_set", fields: ["id", "number"] }),
  ])
  const channelId = (name: string) => channels.find((c: { name: string }) => c.name === name)?.id as string | undefined
  const webChannelId = channelId(WEB_SALES_CHANNEL)
  const showroomChannelId = channelId(SHOWROOM_SALES_CHANNEL)
  const showroom = showrooms[0]
  if (!webChannelId || !showroomChannelId || !showroom?.stock_location || !profiles[0] || productSets.length === 0) {
    throw new Error(
      "The database has no store setup (sales channels, Hải Hậu showroom, shipping profile, Decision 148 product sets) to load the samples into. " +
        "Run `npm run migrate --workspace @ocop/backend` (medusa db:migrate) first."
    )
  }
  return {
    webChannelId,
    showroomChannelId,
    showroomId: showroom.id,
    showroomLocationId: showroom.stock_location.id,
    shippingProfileId: profiles[0].id,
    productSetId: new Map(productSets.map((s: { id: string; number: number }) => [s.number, s.id])),
  }
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

async function ensureProducers(container: MedusaContainer, query: Query): Promise<ProducerIds> {
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

  const { data: existing } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "province_code", "stock_location.id"],
    filters: { handle: inputs.map((i) => i.input.handle) },
  })
  const byHandle = new Map(existing.map((p: any) => [p.handle as string, p]))
  const ids: ProducerIds = { byKey: new Map(), created: 0 }
  for (const { key, input } of inputs) {
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

/** A sample illustration through the one photo pipeline, stored as a producer's photo is. */
async function uploadPhoto(container: MedusaContainer, png: Buffer, baseName: string) {
  return storePreparedPhoto(container.resolve(Modules.FILE), await preparePhoto(png), `photos/${baseName}`)
}

async function ensureProducts(
  container: MedusaContainer,
  query: Query,
  setup: StoreSetup,
  producers: ProducerIds
): Promise<Omit<LoadSummary, "producersCreated">> {
  const detailsByName = new Map(sampleProductDetails.map((d) => [d.nameVi.normalize("NFC"), d]))
  const { productSetId } = setup
  const producerKeyOf = (facts: FactsProduct, details: SampleProductDetails) => facts.producer ?? details.sampleProducerKey!
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

  const loadProduct = async (product: FactsProduct) => {
    const details = detailsByName.get(product.name_vi.normalize("NFC"))
    if (!details) throw new Error(`The sample catalogue has no details for "${product.name_vi}".`)
    if (existingHandles.has(details.handle)) return
    const producerKey = producerKeyOf(product, details)
    const producer = producers.byKey.get(producerKey)
    if (!producer) throw new Error(`"${product.name_vi}" names producer "${producerKey}", which was not loaded.`)

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
            options: [{ title: optionTitle, values: details.variants.map((v) => v.titleVi) }],
            variants: details.variants.map((variant, rank) => {
              const ean = vietnameseGtin13(companyReference.get(producerKey)!, variant.itemReference)
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
  const queue = [...readFacts().products]
  await Promise.all(
    Array.from({ length: PRODUCTS_IN_PARALLEL }, async () => {
      for (let product = queue.shift(); product; product = queue.shift()) await loadProduct(product)
    })
  )
  return summary
}

/**
 * The sample products' photos (a hero and a detail illustration each, through the photo pipeline),
 * for the products that have none yet. Loaded after the products, as they take most of a cold
 * start: the shop can show its catalogue while they are drawn and encoded.
 */
export async function loadSamplePhotos(container: MedusaContainer): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const detailsByHandle = new Map(sampleProductDetails.map((d) => [d.handle, d]))
  const setByName = new Map(readFacts().products.map((p) => [p.name_vi.normalize("NFC"), p.set]))
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "images.id"],
    filters: { handle: [...detailsByHandle.keys()] },
  })
  const queue = (data as { id: string; handle: string; title: string; images?: unknown[] | null }[]).filter((p) => !p.images?.length)
  const loaded: { id: string }[] = []
  // Two products at a time: one renders and encodes photos while the other waits on the database.
  await Promise.all(
    Array.from({ length: PRODUCTS_IN_PARALLEL }, async () => {
      for (let product = queue.shift(); product; product = queue.shift()) {
        const productSetNumber = setByName.get(product.title.normalize("NFC"))
        if (productSetNumber === undefined) throw new Error(`"${product.title}" is not a product of data/ocop-facts.json.`)
        const images = await Promise.all(
          (["hero", "detail"] as const).map(async (view) => {
            const png = await renderIllustrationPng(illustrationSvg({ productSetNumber, seed: product.handle, view }))
            const { url, metadata } = await uploadPhoto(container, png, `${product.handle}-${view}`)
            return { url, metadata: { ...metadata, illustrative: true } }
          }),
        )
        const thumbnail = thumbnailOf(images[0]!)
        await updateProductsWorkflow(container).run({ input: { products: [{ id: product.id, thumbnail, images }] } })
        loaded.push(product)
      }
    }),
  )
  // This process ends next, before its subscribers' gathered syncs would run: the index and the
  // storefront's cached lists learn of the photos now.
  const ids = loaded.map((product) => product.id)
  if (ids.length) {
    await syncProductSearchWorkflow(container).run({ input: { product_ids: ids } })
    await revalidateStorefront(logger, await storefrontTagsOfProducts(container.resolve(ContainerRegistrationKeys.QUERY), ids))
  }
  logger.info(`Sample catalogue: photos for ${ids.length} products (existing ones kept).`)
  return ids.length
}

/**
 * The demo producer login as the owner of its producer (a `producer_member`, signing in at
 * /auth/producer_member/emailpass). A stack loaded before members existed has the login with a
 * bare `producer_id` in its app_metadata, which nothing reads: it becomes the owner too.
 */
async function ensureDemoOwner(container: MedusaContainer, authIdentityId: string, producerId: string) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  if (identity.app_metadata?.producer_member_id) return
  const { producer_id: _, ...appMetadata } = identity.app_metadata ?? {}
  await auth.updateAuthIdentities({ id: identity.id, app_metadata: appMetadata })
  await addProducerMemberWorkflow(container).run({
    input: { auth_identity_id: identity.id, name: "Chủ nhiệm HTX Tài Hoan", producer_id: producerId, role: "owner" },
  })
}

const DEMO_STAFF = {
  "showroom cashier": { name: "Thu ngân showroom Hải Hậu", role: "cashier" },
  "showroom manager": { name: "Quản lý showroom Hải Hậu", role: "manager" },
} as const

/**
 * A demo login as a cashier or manager of the Hải Hậu showroom (a `pos_staff`, signing in at
 * /auth/pos_staff/emailpass). A stack loaded before the counter existed has the cashier's login
 * with a bare `showroom_id` in its app_metadata, which nothing reads: it becomes the cashier.
 */
async function ensureDemoStaff(container: MedusaContainer, authIdentityId: string, role: keyof typeof DEMO_STAFF, showroomId: string) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  if (identity.app_metadata?.pos_staff_id) return
  const { showroom_id: _, ...appMetadata } = identity.app_metadata ?? {}
  await auth.updateAuthIdentities({ id: identity.id, app_metadata: appMetadata })
  await addPosStaffWorkflow(container).run({ input: { auth_identity_id: identity.id, ...DEMO_STAFF[role], showroom_id: showroomId } })
}

async function ensureDemoAccounts(container: MedusaContainer, producers: ProducerIds, showroomId: string) {
  const auth = container.resolve(Modules.AUTH)
  const demoProducerId = producers.byKey.get(DEMO_PRODUCER_KEY)!.id
  for (const account of DEMO_ACCOUNTS) {
    const existing = await auth.listProviderIdentities({ entity_id: account.email, provider: "emailpass" })
    if (existing.length) {
      if (account.role === "producer") await ensureDemoOwner(container, existing[0]!.auth_identity_id!, demoProducerId)
      if (account.role === "showroom cashier" || account.role === "showroom manager") {
        await ensureDemoStaff(container, existing[0]!.auth_identity_id!, account.role, showroomId)
      }
      continue
    }
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
        await ensureDemoOwner(container, authIdentity.id, demoProducerId)
        continue
      case "showroom cashier":
      case "showroom manager":
        await ensureDemoStaff(container, authIdentity.id, account.role, showroomId)
        continue
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: appMetadata })
  }
}

/** The sample campaigns, each made once (its handle kept), after the products they take. */
async function ensureCampaigns(container: MedusaContainer, query: Query) {
  const { data } = await query.graph({ entity: "trade_campaign", fields: ["handle"], filters: { handle: SAMPLE_CAMPAIGNS.map((campaign) => campaign.handle) } })
  const existing = new Set((data as { handle: string }[]).map((campaign) => campaign.handle))
  for (const campaign of SAMPLE_CAMPAIGNS) {
    if (existing.has(campaign.handle)) continue
    await createTradeCampaignWorkflow(container).run({
      input: { ...campaign, starts_at: new Date(`${campaign.starts_at}+07:00`), ends_at: new Date(`${campaign.ends_at}+07:00`) },
    })
  }
}
