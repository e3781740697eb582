import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// The OCOP product set a product belongs to, known before it is ever rated.
export default defineLink(
  { linkable: OcopModule.linkable.productSet, filterable: ["id", "number", "handle"] },
  { linkable: ProductModule.linkable.product, isList: true }
)
