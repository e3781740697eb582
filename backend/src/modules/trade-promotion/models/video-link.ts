import { model } from "@medusajs/framework/utils"
import { VIDEO_KINDS, VIDEO_PLATFORMS } from "@ocop/domain/trade-promotion"
import Fair from "./fair"

/**
 * A livestream or short video on YouTube, TikTok or Facebook, shown as a link card: the shop keeps
 * its address and what the card says, never the platform's player. A fair's are its own; a
 * product's and a campaign's are links (links/product-video-link.ts, links/trade-campaign-video-link.ts).
 */
const VideoLink = model
  .define("video_link", {
    id: model.id({ prefix: "vid" }).primaryKey(),
    url: model.text(),
    platform: model.enum([...VIDEO_PLATFORMS]),
    title: model.text(),
    kind: model.enum([...VIDEO_KINDS]).default("replay"),
    /** When the livestream starts or the video was recorded, if known. */
    starts_at: model.dateTime().nullable(),
    /** The producer that attached it in the portal; null when the operator did. */
    producer_id: model.text().nullable(),
    fair: model.belongsTo(() => Fair, { mappedBy: "video_links" }).nullable(),
  })

export default VideoLink
