/**
 * What a bank notification does: kept once per bank transaction, matched by the reference in its
 * description to the VietQR payment awaiting it, and judged. Only an exact amount for an order still
 * awaiting it pays; anything else waits in the Admin's list of transfers to resolve.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findTransferReference } from "@ocop/domain/transfer-reference"
import type { BankNotification } from "../../lib/bank-notifications"
import { VIETQR_PROVIDER_ID } from "../../lib/store-setup"
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"
import type { BankTransferData } from "../../modules/vietqr/service"
import { type AwaitedCounterTransfer, findCounterTransferByReference } from "./pos-transfers"

export type BankTransferOutcome = "paid" | "amount_mismatch" | "unknown_reference" | "already_paid" | "order_canceled"

export type SettledBankTransfer = {
  id: string
  outcome: BankTransferOutcome
  /** True when this transaction was already recorded: nothing is done twice. */
  duplicate: boolean
  order_id: string | null
  /** The payment to capture, when the transfer pays one. */
  capture: { payment_id: string; amount: number } | null
  /** The counter sale's VietQR part to mark received, when the transfer pays one. */
  counter: { payment_id: string; sale_id: string; bank_transfer_id: string; received_at: Date } | null
}

type AwaitingPayment = {
  id: string
  amount: unknown
  data?: BankTransferData | null
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
  payment_collection?: { order?: { id: string; status: string } | null } | null
}

/** The VietQR payment whose reference the transfer carries, newest first should one ever repeat. */
/** Query's generated types cannot filter inside a JSON field, which Postgres does (data->>'reference'). */
type JsonFilteringQuery = { graph: (config: Record<string, unknown>) => Promise<{ data: unknown[] }> }

export async function findPaymentByReference(container: MedusaContainer, reference: string): Promise<AwaitingPayment | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as JsonFilteringQuery
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "data", "captured_at", "canceled_at", "payment_collection.order.id", "payment_collection.order.status"],
    filters: { provider_id: VIETQR_PROVIDER_ID, data: { reference } },
    pagination: { order: { created_at: "DESC" }, take: 1 },
  })
  return (data[0] as AwaitingPayment | undefined) ?? null
}

function judge(payment: AwaitingPayment | null, amount: number): BankTransferOutcome {
  if (!payment?.payment_collection?.order) return "unknown_reference"
  if (payment.canceled_at || payment.payment_collection.order.status === "canceled") return "order_canceled"
  if (payment.captured_at) return "already_paid"
  if (!MathBN.eq(payment.amount as number, amount)) return "amount_mismatch"
  return "paid"
}

/** A counter sale's transfer, judged with the same outcomes: a refunded sale is the cancelled order's case. */
function judgeCounter(transfer: AwaitedCounterTransfer, amount: number): BankTransferOutcome {
  if (transfer.sale_status === "refunded") return "order_canceled"
  if (transfer.status !== "pending") return "already_paid"
  if (transfer.amount !== amount) return "amount_mismatch"
  return "paid"
}

const isUniqueViolation = (error: unknown) => /unique|duplicate key|already exists/i.test(String((error as Error)?.message))

export const settleBankTransferStep = createStep(
  "settle-bank-transfer",
  async (notification: BankNotification, { container }) => {
    const transfers = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const known = async () => {
      const [row] = await transfers.listBankTransfers({ service: notification.service, transaction_id: notification.transactionId })
      return row
    }
    const duplicate = (row: { id: string; outcome: string; order_id?: string | null }): SettledBankTransfer => ({
      id: row.id,
      outcome: row.outcome as BankTransferOutcome,
      duplicate: true,
      order_id: row.order_id ?? null,
      capture: null,
      counter: null,
    })
    // Nothing to undo for a transaction recorded before.
    const again = (row: { id: string; outcome: string; order_id?: string | null }) =>
      new StepResponse<SettledBankTransfer, string | null>(duplicate(row), null)
    const already = await known()
    if (already) return again(already)

    const reference = findTransferReference(notification.description)
    const payment = reference ? await findPaymentByReference(container, reference) : null
    // A reference no web order has may be a counter sale's VietQR part.
    const counter = reference && !payment ? await findCounterTransferByReference(container, reference) : null
    const outcome = counter ? judgeCounter(counter, notification.amount) : judge(payment, notification.amount)
    const orderId = counter ? counter.order_id : (payment?.payment_collection?.order?.id ?? null)
    let created: { id: string }
    try {
      created = await transfers.createBankTransfers({
        service: notification.service,
        transaction_id: notification.transactionId,
        amount: notification.amount,
        description: notification.description.normalize("NFC"),
        account_number: notification.accountNumber ?? null,
        bank_reference: notification.bankReference ?? null,
        reference,
        received_at: notification.receivedAt,
        outcome,
        order_id: orderId,
        payment_id: payment?.id ?? null,
        pos_sale_id: counter?.sale_id ?? null,
      })
    } catch (error) {
      // The same notification, sent again while the first was being recorded.
      const row = isUniqueViolation(error) ? await known() : undefined
      if (row) return again(row)
      throw error
    }
    const settled: SettledBankTransfer = {
      id: created.id,
      outcome,
      duplicate: false,
      order_id: orderId,
      capture: outcome === "paid" && payment ? { payment_id: payment.id, amount: notification.amount } : null,
      counter:
        outcome === "paid" && counter
          ? { payment_id: counter.payment_id, sale_id: counter.sale_id, bank_transfer_id: created.id, received_at: notification.receivedAt }
          : null,
    }
    return new StepResponse<SettledBankTransfer, string | null>(settled, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    // Forgotten again, so the service's retry of a notification whose capture failed is judged anew.
    await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).deleteBankTransfers(createdId)
  },
)
