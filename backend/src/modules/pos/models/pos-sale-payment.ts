import { model } from "@medusajs/framework/utils"
import PosSale from "./pos-sale"

/**
 * How a counter sale was paid: cash (tendered and the change given, captured at once) and/or a
 * VietQR transfer, `pending` with its reference until the bank's notification confirms it.
 */
const PosSalePayment = model
  .define("pos_sale_payment", {
    id: model.id({ prefix: "pspay" }).primaryKey(),
    method: model.enum(["cash", "vietqr"]),
    amount: model.number(),
    tendered: model.number().nullable(),
    change: model.number().nullable(),
    status: model.enum(["captured", "pending"]),
    /** The transfer's description the customer's bank app carries (VietQR only). */
    reference: model.text().nullable(),
    /** When the bank's notification confirmed the transfer (VietQR only), and the bank transfer it recorded. */
    received_at: model.dateTime().nullable(),
    bank_transfer_id: model.text().nullable(),
    sale: model.belongsTo(() => PosSale, { mappedBy: "payments" }),
  })
  .indexes([{ on: ["reference"], where: "reference IS NOT NULL" }])

export default PosSalePayment
