import { model } from "@medusajs/framework/utils"

/**
 * A transfer the bank told us about, kept once per bank transaction (the same notification sent ten
 * times is one row), with what became of it. Those that paid nothing (the wrong amount, a reference
 * no order has, an order already paid or cancelled) wait in the Admin's list of transfers to resolve.
 */
const BankTransfer = model
  .define("bank_transfer", {
    id: model.id({ prefix: "btr" }).primaryKey(),
    /** The bank-notification service that sent it: "sepay" or "payos". */
    service: model.text(),
    /** The service's own id of the transaction, the key notifications are deduplicated on. */
    transaction_id: model.text(),
    amount: model.bigNumber(),
    /** The transfer's description as the bank gave it; the order reference is found in it. */
    description: model.text(),
    account_number: model.text().nullable(),
    bank_reference: model.text().nullable(),
    /** The OCOP reference found in the description, if any. */
    reference: model.text().nullable(),
    received_at: model.dateTime(),
    outcome: model.enum(["paid", "amount_mismatch", "unknown_reference", "already_paid", "order_canceled"]),
    order_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    /** The showroom counter's sale whose VietQR part the transfer was for (its payment is then the `pos` module's, not Medusa's). */
    pos_sale_id: model.text().nullable(),
    /** Set when the operator settles a transfer that paid nothing: matched to an order, or refunded. */
    resolved_at: model.dateTime().nullable(),
    resolution: model.text().nullable(),
  })
  .indexes([
    { on: ["service", "transaction_id"], unique: true },
    { on: ["reference"] },
    { on: ["outcome"] },
  ])

export default BankTransfer
