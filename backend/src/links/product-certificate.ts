import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// A product collects certificates over time (its star history); each certificate is one product's.
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.certificate,
  isList: true,
  deleteCascade: true,
})
