import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import ProducerModule from "../modules/producer"

// Each producer ships its own parcels: its products carry its shipping profile, so a cart with
// products of three producers needs one shipping method of each (Medusa's multi-vendor pattern).
export default defineLink(ProducerModule.linkable.producer, FulfillmentModule.linkable.shippingProfile)
