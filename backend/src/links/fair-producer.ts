import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"
import TradePromotionModule from "../modules/trade-promotion"

// The producers taking part in a fair; a producer may take part in many.
export default defineLink(
  { linkable: TradePromotionModule.linkable.fair, isList: true },
  { linkable: ProducerModule.linkable.producer, isList: true },
)
