import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { planCampaignProductsStep, updateCampaignProductsStep } from "./steps/trade-campaigns"

/** One campaign's products are read and written by one run at a time, whichever products changed. */
const CAMPAIGN_PRODUCTS_LOCK = "trade-campaign-products"

/**
 * Products that changed join, or leave, the campaigns chosen by a rule (a province, an industry,
 * a star level) that are still to come or running: a product published after the campaign was
 * made is in it, as the rule says, and so is its discount. Campaigns chosen by hand stay as chosen.
 * The storefront's campaign pages and prices change with them.
 */
export const refreshCampaignProductsWorkflow = createWorkflow("refresh-campaign-products", (input: { product_ids: string[] }) => {
  acquireLockStep({ key: CAMPAIGN_PRODUCTS_LOCK, timeout: 30, ttl: 60 })
  const changes = planCampaignProductsStep(input)
  const changed = updateCampaignProductsStep(changes)
  when({ changed }, ({ changed }) => changed.length > 0).then(() => {
    emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: { tags: [CACHE_TAGS.campaigns] } })
  })
  releaseLockStep({ key: CAMPAIGN_PRODUCTS_LOCK })
  return new WorkflowResponse(transform({ changed }, ({ changed }) => ({ campaign_ids: changed })))
})
