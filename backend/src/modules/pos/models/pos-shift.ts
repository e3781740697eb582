import { model } from "@medusajs/framework/utils"
import PosCashMovement from "./pos-cash-movement"
import PosSale from "./pos-sale"

/**
 * A till's shift at a showroom: opened with a cash float by any staff member, cash moved in and out
 * with a reason, closed by a manager with the drawer counted. One open shift per till of a showroom
 * at a time (the partial unique index), so two devices at one drawer share its shift; the report
 * kept at closing is what the manager reads later.
 */
const PosShift = model
  .define("pos_shift", {
    id: model.id({ prefix: "pshf" }).primaryKey(),
    showroom_id: model.text(),
    till: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
    opening_float: model.number(),
    opened_by: model.text(),
    opened_at: model.dateTime(),
    closed_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    counted_cash: model.number().nullable(),
    /** The report as it stood when the shift was closed (@ocop/domain/pos shiftReport). */
    report: model.json().nullable(),
    cash_movements: model.hasMany(() => PosCashMovement, { mappedBy: "shift" }),
    sales: model.hasMany(() => PosSale, { mappedBy: "shift" }),
  })
  .indexes([
    { on: ["showroom_id", "till"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
    { on: ["showroom_id", "opened_at"] },
  ])
  .checks([{ name: "pos_shift_opening_float_not_negative", expression: (columns) => `${columns.opening_float} >= 0` }])

export default PosShift
