import { model } from "@medusajs/framework/utils"
import PosSale from "./pos-sale"

/**
 * A line of a counter sale and the producer's credit for it: `total` is what the line brought after
 * its discount and its share of the order's, owed to `producer_id` (the showroom sells on
 * consignment), less what was returned, unless the sale was refunded (`refunded_at`); the producers'
 * ledger records and settles that credit (workflows/steps/ledger-entries.ts).
 */
const PosSaleLine = model
  .define("pos_sale_line", {
    id: model.id({ prefix: "psline" }).primaryKey(),
    /** The line's place on the counter's screen and the receipt. */
    rank: model.number().default(0),
    variant_id: model.text(),
    product_id: model.text(),
    producer_id: model.text(),
    producer_name: model.text(),
    title: model.text(),
    variant_title: model.text().nullable(),
    gtin: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.number(),
    line_discount: model.number().default(0),
    line_discount_reason: model.text().nullable(),
    order_discount_share: model.number().default(0),
    total: model.number(),
    /** Packs of the line brought back (returns), and what was paid back for them: the producer is owed `total − returned_amount`. */
    returned_quantity: model.number().default(0),
    returned_amount: model.number().default(0),
    /** Set when the sale is refunded: the producer is owed nothing for the line. */
    refunded_at: model.dateTime().nullable(),
    sale: model.belongsTo(() => PosSale, { mappedBy: "lines" }),
  })
  .checks([{ name: "pos_sale_line_quantity_positive", expression: (columns) => `${columns.quantity} > 0` }])

export default PosSaleLine
