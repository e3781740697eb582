import { model } from "@medusajs/framework/utils"

/**
 * How many of a product one order bought, kept while the order stands: a product's sold count
 * ("đã bán 120") is the sum over its rows. One row per order and product, so an order counted twice
 * (an event delivered again) counts once; a canceled order's rows are removed.
 */
const ProductSale = model
  .define("product_sale", {
    id: model.id({ prefix: "psale" }).primaryKey(),
    order_id: model.text(),
    product_id: model.text(),
    quantity: model.number(),
  })
  .indexes([{ on: ["order_id", "product_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["product_id"] }])

export default ProductSale
