import { model } from "@medusajs/framework/utils"
import PosShift from "./pos-shift"

/** Cash put into or taken out of a shift's drawer, always with the reason and who did it. */
const PosCashMovement = model
  .define("pos_cash_movement", {
    id: model.id({ prefix: "pcash" }).primaryKey(),
    kind: model.enum(["in", "out"]),
    amount: model.number(),
    reason: model.text(),
    staff_id: model.text(),
    shift: model.belongsTo(() => PosShift, { mappedBy: "cash_movements" }),
  })
  .checks([{ name: "pos_cash_movement_amount_positive", expression: (columns) => `${columns.amount} > 0` }])

export default PosCashMovement
