import { model } from "@medusajs/framework/utils"
import LedgerEntry from "./ledger-entry"

/**
 * The programme office paying a producer what its ledger holds for a period: the entries it took,
 * their net as the amount, the bank account paid into as it was that day, and the VietQR payload
 * of the transfer for the operator's banking app (its description carries the settlement's number).
 */
const Settlement = model
  .define("settlement", {
    id: model.id({ prefix: "settle" }).primaryKey(),
    number: model.autoincrement(),
    producer_id: model.text(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    amount: model.number(),
    bank_bin: model.text(),
    bank_account_number: model.text(),
    bank_account_name: model.text(),
    transfer_purpose: model.text(),
    vietqr_payload: model.text(),
    /** The operator who recorded it. */
    created_by: model.text(),
    entries: model.hasMany(() => LedgerEntry, { mappedBy: "settlement" }),
  })
  .indexes([{ on: ["producer_id", "period_end"] }])
  .checks([{ name: "settlement_amount_positive", expression: (columns) => `${columns.amount} > 0` }])

export default Settlement
