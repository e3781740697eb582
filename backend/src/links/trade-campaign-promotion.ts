import { defineLink } from "@medusajs/framework/utils"
import PromotionModule from "@medusajs/medusa/promotion"
import TradeCampaignModule from "../modules/trade-campaign"

// A campaign with a discount has one automatic Medusa promotion, whose own campaign keeps its window and budget.
export default defineLink(TradeCampaignModule.linkable.tradeCampaign, PromotionModule.linkable.promotion)
