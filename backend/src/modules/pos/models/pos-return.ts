import { model } from "@medusajs/framework/utils"
import PosSale from "./pos-sale"

/**
 * Packs a customer brought back to the counter: which lines and how many of each (`lines`, with
 * what each was paid back), the cash paid out of the shift's drawer (its cash movement), who took
 * them back and why. A whole-sale refund is the return of everything left.
 */
const PosReturn = model
  .define("pos_return", {
    id: model.id({ prefix: "pret" }).primaryKey(),
    shift_id: model.text(),
    staff_id: model.text(),
    reason: model.text(),
    /** Paid back in cash, whole đồng. */
    amount: model.number(),
    cash_movement_id: model.text().nullable(),
    lines: model.json(),
    sale: model.belongsTo(() => PosSale, { mappedBy: "returns" }),
  })
  .checks([{ name: "pos_return_amount_not_negative", expression: (columns) => `${columns.amount} >= 0` }])

export default PosReturn
