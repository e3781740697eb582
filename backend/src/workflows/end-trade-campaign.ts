import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { deactivateCampaignPromotionStep, planTradeCampaignEndStep, updateCampaignPromotionStep, updateTradeCampaignStep } from "./steps/trade-campaigns"

/**
 * The operator ends a live campaign now: it ends at this moment, as if that had been its end, its
 * discount's Medusa campaign ends with it and the promotion is made inactive, so no new cart gets
 * the discount; the storefront's home, campaign pages and prices change at once.
 */
export const endTradeCampaignWorkflow = createWorkflow("end-trade-campaign", (input: { id: string }) => {
  const change = planTradeCampaignEndStep(input)
  const campaign = updateTradeCampaignStep(change)
  updateCampaignPromotionStep(change)
  deactivateCampaignPromotionStep(input)
  emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } })
  return new WorkflowResponse(campaign)
})
