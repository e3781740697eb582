import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"
import TradePromotionModule from "../modules/trade-promotion"

// The producers a province's pavilion shows first.
export default defineLink(
  { linkable: TradePromotionModule.linkable.pavilion, isList: true },
  { linkable: ProducerModule.linkable.producer, isList: true },
)
