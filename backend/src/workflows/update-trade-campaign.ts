import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { planTradeCampaignChangeStep, type UpdateTradeCampaignInput, updateCampaignPromotionStep, updateTradeCampaignStep } from "./steps/trade-campaigns"

/**
 * The operator changes a campaign's names, summaries, banner or window (its start only until it
 * starts); its discount's Medusa campaign takes the same window, and the storefront's campaign
 * pages and prices change at once. Its handle stays: shared links point to it.
 */
export const updateTradeCampaignWorkflow = createWorkflow("update-trade-campaign", (input: UpdateTradeCampaignInput) => {
  const change = planTradeCampaignChangeStep(input)
  const campaign = updateTradeCampaignStep(change)
  updateCampaignPromotionStep(change)
  emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } })
  return new WorkflowResponse(campaign)
})
