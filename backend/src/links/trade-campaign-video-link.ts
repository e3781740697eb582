import { defineLink } from "@medusajs/framework/utils"
import TradeCampaignModule from "../modules/trade-campaign"
import TradePromotionModule from "../modules/trade-promotion"

// A campaign's livestreams and videos, a link of the same kind as a product's (product-video-link.ts).
export default defineLink(
  { linkable: TradeCampaignModule.linkable.tradeCampaign, isList: false },
  { linkable: TradePromotionModule.linkable.videoLink, isList: true, deleteCascade: true },
)
