import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { TRADE_CAMPAIGN_MODULE } from "../modules/trade-campaign"
import { TRADE_PROMOTION_MODULE } from "../modules/trade-promotion"
import { videoLinkPagesStep } from "./steps/video-link-pages"
import { type VideoLinkFields, createVideoLinkStep } from "./steps/video-links"

/**
 * A link is a product's or a campaign's (through a module link) or a fair's (its own column); the
 * route says which, and has found it.
 */
export type AttachVideoLinkWorkflowInput = VideoLinkFields & { product_id?: string | null; trade_campaign_id?: string | null }

/**
 * A producer (for its own product) or the operator attaches a livestream or video on YouTube,
 * TikTok or Facebook; its page shows it as a link card.
 */
export const attachVideoLinkWorkflow = createWorkflow("attach-video-link", (input: AttachVideoLinkWorkflowInput) => {
  const video = createVideoLinkStep(transform({ input }, ({ input: { product_id: _, trade_campaign_id: __, ...fields } }) => fields))
  when({ input }, ({ input }) => Boolean(input.product_id || input.trade_campaign_id)).then(() => {
    createRemoteLinkStep(
      transform({ input, video }, ({ input, video }) => [
        {
          ...(input.product_id ? { [Modules.PRODUCT]: { product_id: input.product_id } } : { [TRADE_CAMPAIGN_MODULE]: { trade_campaign_id: input.trade_campaign_id! } }),
          [TRADE_PROMOTION_MODULE]: { video_link_id: video.id },
        },
      ]),
    )
  })
  const tags = videoLinkPagesStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, fair_id: input.fair_id, trade_campaign_id: input.trade_campaign_id })),
  )
  emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: transform({ tags }, ({ tags }) => ({ tags })) })
  return new WorkflowResponse(video)
})
