import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

// A producer has many products; a product has exactly one producer (enforced on publish).
export default defineLink(
  { linkable: ProducerModule.linkable.producer, filterable: ["id", "name", "handle", "status", "province_code", "commune_code"] },
  { linkable: ProductModule.linkable.product, isList: true }
)
