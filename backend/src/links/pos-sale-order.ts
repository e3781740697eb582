import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PosModule from "../modules/pos"

// A counter sale is one Medusa order in the showroom's sales channel; the order reads its sale (staff, payments, credits) through this link.
export default defineLink(PosModule.linkable.posSale, OrderModule.linkable.order)
