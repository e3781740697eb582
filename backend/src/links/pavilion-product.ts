import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TradePromotionModule from "../modules/trade-promotion"

// The products a province's pavilion shows first.
export default defineLink(
  { linkable: TradePromotionModule.linkable.pavilion, isList: true },
  { linkable: ProductModule.linkable.product, isList: true },
)
