/** The steps that attach a livestream or video link and take one off, each undone by the other. */
import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { type VideoKind, videoPlatformOf } from "@ocop/domain/trade-promotion"
import { TRADE_PROMOTION_MODULE } from "../../modules/trade-promotion"
import type VideoLink from "../../modules/trade-promotion/models/video-link"
import type TradePromotionModuleService from "../../modules/trade-promotion/service"

export type VideoLinkDTO = InferTypeOf<typeof VideoLink>

export type VideoLinkFields = {
  url: string
  title: string
  kind: VideoKind
  starts_at?: string | null
  producer_id?: string | null
  fair_id?: string | null
}

export const createVideoLinkStep = createStep(
  "create-video-link",
  async (input: VideoLinkFields, { container }) => {
    const platform = videoPlatformOf(input.url)
    if (!platform) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Only https links to YouTube, TikTok or Facebook are shown: copy the video's address from one of them.",
        ERROR_CODES.videoHostNotAllowed,
      )
    }
    const service = container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE)
    if (input.fair_id) await service.retrieveFair(input.fair_id, { select: ["id"] })
    const video = await service.createVideoLinks({
      url: input.url,
      platform,
      title: input.title,
      kind: input.kind,
      starts_at: input.starts_at ? new Date(input.starts_at) : null,
      producer_id: input.producer_id ?? null,
      fair_id: input.fair_id ?? null,
    })
    return new StepResponse<VideoLinkDTO, string>(video, video.id)
  },
  async (videoId, { container }) => {
    if (!videoId) return
    await container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE).deleteVideoLinks(videoId)
  },
)

export const removeVideoLinkStep = createStep(
  "remove-video-link",
  async (input: { id: string }, { container }) => {
    const service = container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE)
    await service.softDeleteVideoLinks(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (videoId, { container }) => {
    if (!videoId) return
    await container.resolve<TradePromotionModuleService>(TRADE_PROMOTION_MODULE).restoreVideoLinks(videoId)
  },
)
