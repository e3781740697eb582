import { Module } from "@medusajs/framework/utils"
import TradeCampaignModuleService from "./service"

/** Trade-promotion campaigns (@ocop/domain/campaigns): their pages, products and discounts' limits per buyer. */
export const TRADE_CAMPAIGN_MODULE = "trade_campaign"

export default Module(TRADE_CAMPAIGN_MODULE, {
  service: TradeCampaignModuleService,
})
