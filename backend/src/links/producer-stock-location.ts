import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

// Online orders ship from the producer's own stock location.
export default defineLink(ProducerModule.linkable.producer, StockLocationModule.linkable.stockLocation)
