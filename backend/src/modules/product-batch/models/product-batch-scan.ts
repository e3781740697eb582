import { model } from "@medusajs/framework/utils"

/**
 * One opening of a batch's trace page, kept under the key its page view made, so a page asking
 * twice (a retry, a re-render) counts once.
 */
const ProductBatchScan = model
  .define("product_batch_scan", {
    id: model.id({ prefix: "pbscan" }).primaryKey(),
    batch_id: model.text(),
    scan_key: model.text(),
  })
  .indexes([{ on: ["scan_key"], unique: true }, { on: ["batch_id"] }])

export default ProductBatchScan
