import { model } from "@medusajs/framework/utils"
import Settlement from "./settlement"

/**
 * One movement of a producer's balance: a paid line's credit (`sale`) or a refund's share of it
 * (`refund`, negative), with the commission at the rate of its day. Entries are only ever added:
 * `key` names what recorded it (`order-line:<item>`, `refund:<refund>:<item>`,
 * `pos-line:<line>`, `pos-return:<return>:<line>`), so recording an order twice adds nothing.
 * A settlement takes the unsettled ones; a refund after it is a new entry for the next.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    key: model.text(),
    producer_id: model.text(),
    kind: model.enum(["sale", "refund"]),
    /** Where the money came in: the web shop or a showroom's counter. */
    channel: model.enum(["online", "showroom"]),
    order_id: model.text(),
    /** The order's display number, as the producer sees it. */
    order_display_id: model.number().nullable(),
    line_id: model.text(),
    /** The product sold, so the programme office's reports group sales by its province, industry and star; null on entries recorded before it was kept. */
    product_id: model.text().nullable(),
    title: model.text(),
    quantity: model.number(),
    /** Whole đồng: the line's total (or the refund's share, negative), the commission on it, and the rest. */
    gross: model.number(),
    rate_bps: model.number(),
    commission: model.number(),
    net: model.number(),
    occurred_at: model.dateTime(),
    settlement: model.belongsTo(() => Settlement, { mappedBy: "entries" }).nullable(),
  })
  .indexes([
    { on: ["key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["producer_id", "occurred_at"] },
    { on: ["occurred_at"] },
  ])

export default LedgerEntry
