import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TradePromotionModule from "../modules/trade-promotion"

// A product's livestreams and videos; a campaign's are a link of the same kind (trade-campaign-video-link.ts).
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: false },
  { linkable: TradePromotionModule.linkable.videoLink, isList: true, deleteCascade: true },
)
