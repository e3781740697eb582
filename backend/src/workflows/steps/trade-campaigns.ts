/** The steps of a campaign's making, change and end (workflows/*-trade-campaign.ts), each undone by its compensation. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ApplicationMethodAllocation, ApplicationMethodTargetType, ApplicationMethodType, CampaignBudgetType, ContainerRegistrationKeys, MedusaError, Modules, PromotionStatus, PromotionType } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findProvince } from "@ocop/domain/admin-units"
import { assertCampaignTerms, type CampaignDiscount, campaignEndNow, changedCampaignWindow, discountIsWholeDong } from "@ocop/domain/campaigns"
import { ERROR_CODES } from "@ocop/domain/errors"
import { toHandle } from "@ocop/domain/handle"
import { OCOP_FIELDS, presentOcopProduct } from "@ocop/domain/product"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { enforce } from "../../lib/domain-rules"
import { PRODUCT_SEARCH_GRAPH_CONTEXT } from "../../lib/product-search-documents"
import { DECISION_148_INDUSTRIES } from "../../modules/ocop/decision-148"
import { PHOTO_UPLOAD_MODULE } from "../../modules/photo-upload"
import type PhotoUploadModuleService from "../../modules/photo-upload/service"
import { TRADE_CAMPAIGN_MODULE } from "../../modules/trade-campaign"
import type TradeCampaignModuleService from "../../modules/trade-campaign/service"

export type CreateTradeCampaignInput = {
  handle?: string
  name_vi: string
  name_en: string
  summary_vi?: string | null
  summary_en?: string | null
  banner_url?: string | null
  starts_at: Date | string
  ends_at: Date | string
  product_ids?: string[]
  province_code?: string | null
  industry_code?: string | null
  star_rating?: number | null
  discount?: CampaignDiscount | null
  per_buyer_limit?: number | null
  budget?: number | null
}

/** A campaign as it will be written: the rule resolved to its products, the banner to its renditions. */
export type PlannedTradeCampaign = Omit<CreateTradeCampaignInput, "banner_url" | "discount" | "product_ids" | "handle"> & {
  handle: string
  banner: Record<string, unknown> | null
  product_ids: string[]
  discount_type: CampaignDiscount["type"] | null
  discount_value: number | null
}

type ProductRow = { id: string; status: string; variants?: { calculated_price?: { calculated_amount?: number | string | null } | null }[] | null; [key: string]: unknown }

const refuse = (message: string, code: string = ERROR_CODES.invalidCampaign) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)

/** How a campaign's products are chosen: by hand, or by a rule. */
type CampaignSelection = Pick<CreateTradeCampaignInput, "product_ids" | "province_code" | "industry_code" | "star_rating">
type CampaignRule = Omit<CampaignSelection, "product_ids">

/** The published products, all of them or those of `ids`, with what a campaign's rule reads. */
async function publishedProducts(container: MedusaContainer, ids?: string[]): Promise<ProductRow[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "status", "variants.calculated_price.calculated_amount", ...OCOP_FIELDS],
    filters: { status: "published", ...(ids?.length ? { id: ids } : {}) },
    context: PRODUCT_SEARCH_GRAPH_CONTEXT,
  })
  return data as ProductRow[]
}

/** Whether a published product may be in a campaign of this rule: its producer approved, and its province, industry and stars those the rule names. */
function meetsRule(product: ProductRow, rule: CampaignRule, today: string): boolean {
  const { producer, ocop } = presentOcopProduct(product as Parameters<typeof presentOcopProduct>[0], today)
  const raw = product.producer as { status?: string; province_code?: string } | null | undefined
  if (!producer || raw?.status !== "approved") return false
  if (rule.province_code && raw.province_code !== rule.province_code) return false
  if (rule.industry_code && ocop.industry?.code !== rule.industry_code) return false
  if (rule.star_rating && ocop.star_rating !== rule.star_rating) return false
  return true
}

/** The published products of approved producers that the hand-picked ids or the rule name. */
async function campaignProducts(container: MedusaContainer, input: CampaignSelection): Promise<ProductRow[]> {
  const today = todayInVietnam()
  return (await publishedProducts(container, input.product_ids)).filter((product) => meetsRule(product, input, today))
}

/** The renditions of a banner uploaded through the photo pipeline, named by the URL POST /admin/uploads answered. */
async function uploadedBanner(container: MedusaContainer, url: string): Promise<Record<string, unknown> | null> {
  const [upload] = await container.resolve<PhotoUploadModuleService>(PHOTO_UPLOAD_MODULE).listPhotoUploads({ url })
  if (!upload) throw refuse("The banner is not a photo uploaded here: upload it first (POST /admin/uploads) and give the URL it answers.")
  return ((upload.image_metadata as { photo?: Record<string, unknown> }).photo ?? null) as Record<string, unknown> | null
}

/** Checks the terms, the rule, the banner and the handle, and finds the products; only reads. */
export const planTradeCampaignStep = createStep("plan-trade-campaign", async (input: CreateTradeCampaignInput, { container }) => {
  enforce(() => assertCampaignTerms(input))
  if (input.province_code && !findProvince(input.province_code)) {
    throw refuse(`There is no province ${input.province_code} among the 34 of 2025: choose one from the list.`, ERROR_CODES.unknownProvince)
  }
  if (input.industry_code && !DECISION_148_INDUSTRIES.some((industry) => industry.code === input.industry_code)) {
    throw refuse(`There is no industry ${input.industry_code} in Decision 148: choose I to VI.`)
  }
  const byHand = !!input.product_ids?.length
  if (!byHand && !input.province_code && !input.industry_code && !input.star_rating) {
    throw refuse("Choose the campaign's products by hand or by a rule (a province, an industry or a star level).", ERROR_CODES.campaignWithoutProducts)
  }
  const products = await campaignProducts(container, input)
  if (byHand) {
    const found = new Set(products.map((product) => product.id))
    const missing = input.product_ids!.filter((id) => !found.has(id))
    if (missing.length) throw refuse(`These products are not on sale, so they cannot be in a campaign: ${missing.join(", ")}.`, ERROR_CODES.campaignWithoutProducts)
  }
  if (!products.length) throw refuse("No product on sale matches this rule: widen it, or choose the products by hand.", ERROR_CODES.campaignWithoutProducts)
  const discount = input.discount ?? null
  if (discount) {
    const uneven = products.find((product) =>
      (product.variants ?? []).some((variant) => !discountIsWholeDong(Number(variant.calculated_price?.calculated_amount ?? 0), discount)),
    )
    if (uneven) throw refuse(`${discount.value} % of a pack's price in ${uneven.id} is not a whole number of đồng: choose another percentage, or a fixed discount.`)
  }
  const handle = input.handle ?? toHandle(input.name_vi)
  const campaigns = container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
  if ((await campaigns.listTradeCampaigns({ handle }, { take: 1 })).length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `A campaign already has the address ${handle}: give this one another handle.`, ERROR_CODES.campaignHandleTaken)
  }
  const banner = input.banner_url ? await uploadedBanner(container, input.banner_url) : null
  const { banner_url: _bannerUrl, discount: _discount, product_ids: _productIds, ...terms } = input
  return new StepResponse<PlannedTradeCampaign>({
    ...terms,
    handle,
    banner,
    product_ids: products.map((product) => product.id),
    discount_type: discount?.type ?? null,
    discount_value: discount?.value ?? null,
  })
})

export const createTradeCampaignStep = createStep(
  "create-trade-campaign",
  async (planned: PlannedTradeCampaign, { container }) => {
    const campaigns = container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
    const campaign = await campaigns.createTradeCampaigns({
      ...planned,
      starts_at: new Date(planned.starts_at),
      ends_at: new Date(planned.ends_at),
    })
    return new StepResponse(campaign, campaign.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE).deleteTradeCampaigns(id)
  },
)

/**
 * The discount as an automatic Medusa promotion on the campaign's products, off each unit, inside a
 * Medusa campaign of the same window (so it stops applying by itself at the end) whose spend
 * budget is the campaign's. None without a discount.
 */
export const createCampaignPromotionStep = createStep(
  "create-campaign-promotion",
  async (campaign: PlannedTradeCampaign & { id: string }, { container }) => {
    if (!campaign.discount_type || !campaign.discount_value) return new StepResponse(null, null)
    const promotions = container.resolve(Modules.PROMOTION)
    const code = `OCOP-${campaign.handle}`.toUpperCase().slice(0, 50)
    const promotion = await promotions.createPromotions({
      code,
      type: PromotionType.STANDARD,
      status: PromotionStatus.ACTIVE,
      is_automatic: true,
      // The shop's prices are what the buyer pays: the discount is of that price.
      is_tax_inclusive: true,
      application_method: {
        type: campaign.discount_type === "percentage" ? ApplicationMethodType.PERCENTAGE : ApplicationMethodType.FIXED,
        target_type: ApplicationMethodTargetType.ITEMS,
        allocation: ApplicationMethodAllocation.EACH,
        value: campaign.discount_value,
        // Every unit of a line: Medusa needs a bound for a discount of each unit.
        max_quantity: 10_000,
        currency_code: "vnd",
        target_rules: [{ attribute: "items.product.id", operator: "in", values: campaign.product_ids }],
      },
      campaign: {
        name: campaign.name_vi,
        campaign_identifier: code,
        starts_at: new Date(campaign.starts_at),
        ends_at: new Date(campaign.ends_at),
        budget: campaign.budget ? { type: CampaignBudgetType.SPEND, limit: campaign.budget, currency_code: "vnd" } : null,
      },
    })
    return new StepResponse(promotion, promotion.id)
  },
  async (id, { container }) => {
    if (!id) return
    const promotions = container.resolve(Modules.PROMOTION)
    const [promotion] = await promotions.listPromotions({ id }, { relations: ["campaign"] })
    await promotions.deletePromotions(id)
    if (promotion?.campaign?.id) await promotions.deleteCampaigns(promotion.campaign.id)
  },
)

/** What the operator may change of a campaign once it is made: its texts, banner and window, not its products or discount. */
export type UpdateTradeCampaignInput = { id: string } & Partial<
  Pick<CreateTradeCampaignInput, "name_vi" | "name_en" | "summary_vi" | "summary_en" | "banner_url" | "starts_at" | "ends_at">
>

/** A campaign's fields as they will be written; those left out stay. */
export type TradeCampaignChange = { id: string } & Partial<{
  name_vi: string
  name_en: string
  summary_vi: string | null
  summary_en: string | null
  banner: Record<string, unknown> | null
  starts_at: Date
  ends_at: Date
}>

/** A campaign's state as the change and end steps read it: its window, its texts and its banner. */
async function campaignOrNotFound(container: MedusaContainer, id: string) {
  const [campaign] = await container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE).listTradeCampaigns({ id }, { take: 1 })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no campaign ${id}: reload the Trade campaigns page and choose one from its list.`)
  return campaign
}

/** An ended or not yet started campaign is a state that forbids the change: 409; other refusals are bad input: 400. */
const campaignRuleType = (code: string) =>
  code === ERROR_CODES.campaignEnded || code === ERROR_CODES.campaignNotStarted ? MedusaError.Types.CONFLICT : MedusaError.Types.INVALID_DATA

/** Checks a change against the campaign as it is now (ended, started) and finds the banner; only reads. */
export const planTradeCampaignChangeStep = createStep("plan-trade-campaign-change", async (input: UpdateTradeCampaignInput, { container }) => {
  const campaign = await campaignOrNotFound(container, input.id)
  const window = enforce(() => changedCampaignWindow(campaign, { starts_at: input.starts_at, ends_at: input.ends_at }), campaignRuleType)
  const { banner_url, starts_at: _starts, ends_at: _ends, ...texts } = input
  const change: TradeCampaignChange = { ...texts, ...window }
  if (banner_url !== undefined) change.banner = banner_url ? await uploadedBanner(container, banner_url) : null
  return new StepResponse(change)
})

/** Ending a live campaign now: its end becomes this moment; only reads. */
export const planTradeCampaignEndStep = createStep("plan-trade-campaign-end", async (input: { id: string }, { container }) => {
  const campaign = await campaignOrNotFound(container, input.id)
  const endsAt = enforce(() => campaignEndNow(campaign), campaignRuleType)
  return new StepResponse<TradeCampaignChange>({ id: campaign.id, ends_at: endsAt })
})

/** Writes the change; its compensation writes back what those fields held. */
export const updateTradeCampaignStep = createStep(
  "update-trade-campaign",
  async (change: TradeCampaignChange, { container }) => {
    const campaigns = container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
    const before = await campaigns.retrieveTradeCampaign(change.id)
    const previous = Object.fromEntries(Object.keys(change).map((field) => [field, before[field as keyof typeof before]])) as TradeCampaignChange
    const campaign = await campaigns.updateTradeCampaigns(change)
    return new StepResponse(campaign, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE).updateTradeCampaigns(previous)
  },
)

type LinkedPromotion = { id: string; status: PromotionStatus; campaign?: { id: string; name: string; starts_at: Date | null; ends_at: Date | null } | null }

/** The promotion that gives the campaign's discount, with its Medusa campaign; none without a discount. */
async function linkedPromotion(container: MedusaContainer, tradeCampaignId: string): Promise<LinkedPromotion | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "trade_campaign",
    fields: ["promotion.id", "promotion.status", "promotion.campaign.id", "promotion.campaign.name", "promotion.campaign.starts_at", "promotion.campaign.ends_at"],
    filters: { id: tradeCampaignId },
  })
  return (data[0] as { promotion?: LinkedPromotion | null } | undefined)?.promotion ?? null
}

/**
 * The discount follows the campaign's change: the Medusa campaign around its promotion takes the
 * new name and window, so Medusa applies the discount from the new start to the new end. Nothing
 * without a discount. Its compensation puts back the name and window it had.
 */
export const updateCampaignPromotionStep = createStep(
  "update-campaign-promotion",
  async (change: TradeCampaignChange, { container }) => {
    const campaign = (await linkedPromotion(container, change.id))?.campaign
    if (!campaign) return new StepResponse(null, null)
    await container.resolve(Modules.PROMOTION).updateCampaigns({
      id: campaign.id,
      ...(change.name_vi !== undefined ? { name: change.name_vi } : {}),
      ...(change.starts_at !== undefined ? { starts_at: change.starts_at } : {}),
      ...(change.ends_at !== undefined ? { ends_at: change.ends_at } : {}),
    })
    return new StepResponse(campaign.id, campaign)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, name, starts_at, ends_at } = previous
    await container.resolve(Modules.PROMOTION).updateCampaigns({ id, name, starts_at, ends_at })
  },
)

/** An ended campaign's promotion is made inactive too, so no cart gets its discount again; the compensation gives it back its status. */
export const deactivateCampaignPromotionStep = createStep(
  "deactivate-campaign-promotion",
  async (input: { id: string }, { container }) => {
    const promotion = await linkedPromotion(container, input.id)
    if (!promotion) return new StepResponse(null, null)
    await container.resolve(Modules.PROMOTION).updatePromotions({ id: promotion.id, status: PromotionStatus.INACTIVE })
    return new StepResponse(promotion.id, { id: promotion.id, status: promotion.status })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(Modules.PROMOTION).updatePromotions(previous)
  },
)

/** A campaign chosen by a rule whose products change: what they were and what they become. */
export type CampaignProductsChange = { id: string; before: string[]; after: string[] }

/** Whether a campaign's products follow a rule (a province, an industry, a star level) rather than the operator's hand. */
const followsRule = (campaign: { province_code: string | null; industry_code: string | null; star_rating: number | null }) =>
  !!(campaign.province_code || campaign.industry_code || campaign.star_rating)

/**
 * The campaigns still to come or running whose rule these products now meet, or no longer meet
 * (published, moved to another producer or product set, restarred, their producer approved or
 * suspended): each such product joins or leaves them. Only reads. A rule left with no product
 * keeps its last ones: a campaign is made with at least one, and a discount targets at least one.
 */
export const planCampaignProductsStep = createStep(
  "plan-campaign-products",
  async (input: { product_ids: string[] }, { container }) => {
    if (!input.product_ids.length) return new StepResponse<CampaignProductsChange[]>([])
    const campaigns = await container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE).listTradeCampaigns({ ends_at: { $gt: new Date() } })
    const ruled = campaigns.filter(followsRule)
    if (!ruled.length) return new StepResponse<CampaignProductsChange[]>([])
    // The changed products are read once, whatever the number of campaigns they are tested against.
    const published = await publishedProducts(container, input.product_ids)
    const today = todayInVietnam()
    const changes: CampaignProductsChange[] = []
    for (const campaign of ruled) {
      const matched = published.filter((product) => meetsRule(product, campaign, today))
      const before = campaign.product_ids as string[]
      const meets = new Set(matched.map((product) => product.id))
      const after = [...before.filter((id) => !input.product_ids.includes(id) || meets.has(id)), ...[...meets].filter((id) => !before.includes(id))]
      const same = after.length === before.length && after.every((id) => before.includes(id))
      if (!same && after.length > 0) changes.push({ id: campaign.id, before, after })
    }
    return new StepResponse(changes)
  },
)

/**
 * Writes the campaigns' new products and, where a discount is linked, the products its promotion
 * targets, so the discount follows the rule too. Its compensation writes back what they were.
 */
export const updateCampaignProductsStep = createStep(
  "update-campaign-products",
  async (changes: CampaignProductsChange[], { container }) => {
    const done: CampaignProductsChange[] = []
    for (const change of changes) {
      await writeCampaignProducts(container, change.id, change.after)
      done.push(change)
    }
    return new StepResponse(done.map((change) => change.id), done)
  },
  async (done, { container }) => {
    for (const change of done ?? []) await writeCampaignProducts(container, change.id, change.before)
  },
)

async function writeCampaignProducts(container: MedusaContainer, id: string, productIds: string[]): Promise<void> {
  await container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE).updateTradeCampaigns({ id, product_ids: productIds })
  const promotion = await linkedPromotion(container, id)
  if (!promotion) return
  const promotions = container.resolve(Modules.PROMOTION)
  const [withRules] = await promotions.listPromotions({ id: promotion.id }, { relations: ["application_method.target_rules"] })
  const rule = withRules?.application_method?.target_rules?.find((candidate) => candidate.attribute === "items.product.id")
  if (rule) await promotions.updatePromotionRules([{ id: rule.id, values: productIds }])
}
