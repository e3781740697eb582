import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ShowroomModule from "../modules/showroom"

// Counter sales take stock from the showroom's own location.
export default defineLink(ShowroomModule.linkable.showroom, StockLocationModule.linkable.stockLocation)
