import { model } from "@medusajs/framework/utils"
import PosReturn from "./pos-return"
import PosSaleLine from "./pos-sale-line"
import PosSalePayment from "./pos-sale-payment"
import PosShift from "./pos-shift"

/**
 * A sale at a showroom's counter, recorded once per idempotency key of the showroom (the device's
 * key for the sale, so a retry after a lost answer finds it). The Medusa order it made in the
 * showroom's sales channel is a link (links/pos-sale-order.ts). `awaiting_transfer` while a VietQR
 * part waits for the bank's notification; `refunded` once a manager took it back.
 */
const PosSale = model
  .define("pos_sale", {
    id: model.id({ prefix: "psale" }).primaryKey(),
    showroom_id: model.text(),
    idempotency_key: model.text(),
    /** A digest of what was sold and paid, so the same key with another sale is refused. */
    request_digest: model.text(),
    status: model.enum(["completed", "awaiting_transfer", "refunded"]),
    staff_id: model.text(),
    /** The manager whose approval the sale needed (a discount beyond the limit, selling beyond stock), if any. */
    approved_by: model.text().nullable(),
    customer_phone: model.text().nullable(),
    /** The shop's customer with that phone, whose account the sale's order is then on. */
    customer_id: model.text().nullable(),
    subtotal: model.number(),
    order_discount: model.number().default(0),
    order_discount_reason: model.text().nullable(),
    discount_total: model.number(),
    total: model.number(),
    /** Whether a line sold more than the showroom's stock held, so its stock went below 0. */
    oversold: model.boolean().default(false),
    /** When the counter made the sale, if it did so while the backend could not be reached (sent later; created_at is when it arrived). */
    sold_offline_at: model.dateTime().nullable(),
    /** A manager's refund: the whole sale, its cash paid back from the drawer of the shift open then. */
    refunded_at: model.dateTime().nullable(),
    refunded_by: model.text().nullable(),
    refund_reason: model.text().nullable(),
    shift: model.belongsTo(() => PosShift, { mappedBy: "sales" }),
    lines: model.hasMany(() => PosSaleLine, { mappedBy: "sale" }),
    payments: model.hasMany(() => PosSalePayment, { mappedBy: "sale" }),
    returns: model.hasMany(() => PosReturn, { mappedBy: "sale" }),
  })
  .cascades({ delete: ["lines", "payments", "returns"] })
  .indexes([
    { on: ["showroom_id", "idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["showroom_id", "created_at"] },
  ])

export default PosSale
