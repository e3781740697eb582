/** The steps of a campaign's making (workflows/create-trade-campaign.ts), each undone by its compensation. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ApplicationMethodAllocation, ApplicationMethodTargetType, ApplicationMethodType, CampaignBudgetType, ContainerRegistrationKeys, MedusaError, Modules, PromotionStatus, PromotionType } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findProvince } from "@ocop/domain/admin-units"
import { assertCampaignTerms, type CampaignDiscount, discountIsWholeDong } from "@ocop/domain/campaigns"
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

/** The published products of approved producers that the hand-picked ids or the rule name. */
async function campaignProducts(container: MedusaContainer, input: CreateTradeCampaignInput): Promise<ProductRow[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "status", "variants.calculated_price.calculated_amount", ...OCOP_FIELDS],
    filters: { status: "published", ...(input.product_ids?.length ? { id: input.product_ids } : {}) },
    context: PRODUCT_SEARCH_GRAPH_CONTEXT,
  })
  const today = todayInVietnam()
  return (data as ProductRow[]).filter((product) => {
    const { producer, ocop } = presentOcopProduct(product as Parameters<typeof presentOcopProduct>[0], today)
    const raw = product.producer as { status?: string; province_code?: string } | null | undefined
    if (!producer || raw?.status !== "approved") return false
    if (input.province_code && raw.province_code !== input.province_code) return false
    if (input.industry_code && ocop.industry?.code !== input.industry_code) return false
    if (input.star_rating && ocop.star_rating !== input.star_rating) return false
    return true
  })
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
  let banner: Record<string, unknown> | null = null
  if (input.banner_url) {
    const [upload] = await container.resolve<PhotoUploadModuleService>(PHOTO_UPLOAD_MODULE).listPhotoUploads({ url: input.banner_url })
    if (!upload) throw refuse("The banner is not a photo uploaded here: upload it first (POST /admin/uploads) and give the URL it answers.")
    banner = ((upload.image_metadata as { photo?: Record<string, unknown> }).photo ?? null) as Record<string, unknown> | null
  }
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
