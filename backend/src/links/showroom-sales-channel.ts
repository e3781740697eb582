import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import ShowroomModule from "../modules/showroom"

// Counter sales are orders in the showroom's own sales channel.
export default defineLink(ShowroomModule.linkable.showroom, SalesChannelModule.linkable.salesChannel)
