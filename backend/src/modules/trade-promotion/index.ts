import { Module } from "@medusajs/framework/utils"
import TradePromotionModuleService from "./service"

export const TRADE_PROMOTION_MODULE = "trade_promotion"

export default Module(TRADE_PROMOTION_MODULE, {
  service: TradePromotionModuleService,
})
