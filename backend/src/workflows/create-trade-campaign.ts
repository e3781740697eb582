import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { TRADE_CAMPAIGN_MODULE } from "../modules/trade-campaign"
import { createCampaignPromotionStep, createTradeCampaignStep, type CreateTradeCampaignInput, planTradeCampaignStep } from "./steps/trade-campaigns"

/**
 * The operator makes a campaign: its page and products (our module) and, with a discount, the
 * Medusa promotion that gives it, linked to it. The storefront's prices and home change at once.
 */
export const createTradeCampaignWorkflow = createWorkflow("create-trade-campaign", (input: CreateTradeCampaignInput) => {
  const planned = planTradeCampaignStep(input)
  const campaign = createTradeCampaignStep(planned)
  const promotion = createCampaignPromotionStep(transform({ planned, campaign }, ({ planned, campaign }) => ({ ...planned, id: campaign.id })))
  when({ promotion }, ({ promotion }) => !!promotion).then(() => {
    createRemoteLinkStep(
      transform({ campaign, promotion }, ({ campaign, promotion }) => [
        { [TRADE_CAMPAIGN_MODULE]: { trade_campaign_id: campaign.id }, [Modules.PROMOTION]: { promotion_id: promotion!.id } },
      ]),
    )
  })
  emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } })
  return new WorkflowResponse(transform({ campaign, promotion }, ({ campaign, promotion }) => ({ ...campaign, promotion_id: promotion?.id ?? null })))
})
