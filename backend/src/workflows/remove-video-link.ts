import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, removeRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { TRADE_PROMOTION_MODULE } from "../modules/trade-promotion"
import { videoLinkPagesStep } from "./steps/video-link-pages"
import { removeVideoLinkStep } from "./steps/video-links"

/** Takes a video link off its product, campaign or fair; its page stops showing the card. */
export const removeVideoLinkWorkflow = createWorkflow("remove-video-link", (input: { id: string }) => {
  const { data } = useQueryGraphStep({
    entity: "video_link",
    fields: ["id", "fair_id", "product.id", "trade_campaign.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const tags = videoLinkPagesStep(
    transform({ data }, ({ data }) => {
      const video = data[0] as { fair_id?: string | null; product?: { id: string } | null; trade_campaign?: { id: string } | null }
      return { product_id: video.product?.id ?? null, fair_id: video.fair_id ?? null, trade_campaign_id: video.trade_campaign?.id ?? null }
    }),
  )
  removeRemoteLinkStep(transform({ input }, ({ input }): Record<string, Record<string, string>> => ({ [TRADE_PROMOTION_MODULE]: { video_link_id: input.id } })))
  removeVideoLinkStep({ id: input.id })
  emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: transform({ tags }, ({ tags }) => ({ tags })) })
  return new WorkflowResponse({ id: input.id })
})
