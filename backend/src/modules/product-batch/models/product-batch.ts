import { model } from "@medusajs/framework/utils"

/**
 * A batch (lô) of one of a producer's packs: its lot code (GS1 AI 10, @ocop/domain/batches), how
 * many packs it made and its dates, and how often its label's Digital Link was opened. The pack,
 * its product and its producer are named by id, as the reviews name theirs; the batch module
 * reads nothing of theirs.
 */
const ProductBatch = model
  .define("product_batch", {
    id: model.id({ prefix: "pbat" }).primaryKey(),
    producer_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    lot_code: model.text(),
    quantity: model.number(),
    /** Calendar days, "YYYY-MM-DD": no time zone moves them. */
    produced_on: model.text(),
    best_before: model.text(),
    scan_count: model.number().default(0),
    last_scanned_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["variant_id", "lot_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"] },
    { on: ["producer_id"] },
  ])
  .checks([
    { name: "product_batch_quantity_positive", expression: (columns) => `${columns.quantity} > 0` },
    { name: "product_batch_best_before_after_production", expression: (columns) => `${columns.best_before} > ${columns.produced_on}` },
  ])

export default ProductBatch
