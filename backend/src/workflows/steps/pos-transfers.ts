/**
 * A counter sale's VietQR part, confirmed by the bank's notification (record-bank-transfer): the
 * pending payment whose reference the transfer carries, judged as a web order's is, and marked
 * received, the sale completed once nothing else is awaited. Undone exactly if a later step fails.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PosSaleOrderLink from "../../links/pos-sale-order"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"

export type AwaitedCounterTransfer = {
  payment_id: string
  amount: number
  status: "captured" | "pending"
  sale_id: string
  sale_status: string
  order_id: string | null
}

/** The VietQR part of a counter sale whose reference the transfer carries, if one has it. */
export async function findCounterTransferByReference(container: MedusaContainer, reference: string): Promise<AwaitedCounterTransfer | null> {
  const [payment] = await container
    .resolve<PosModuleService>(POS_MODULE)
    .listPosSalePayments({ reference, method: "vietqr" }, { relations: ["sale"], order: { created_at: "DESC" }, take: 1 })
  if (!payment) return null
  const { data: links } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: PosSaleOrderLink.entryPoint, fields: ["order_id"], filters: { pos_sale_id: payment.sale.id } })
  return {
    payment_id: payment.id,
    amount: payment.amount,
    status: payment.status,
    sale_id: payment.sale.id,
    sale_status: payment.sale.status,
    order_id: (links[0] as { order_id: string } | undefined)?.order_id ?? null,
  }
}

/** The pending VietQR part of the counter sale whose order this is, for the operator matching a transfer by hand. */
export async function findCounterTransferOfOrder(container: MedusaContainer, orderId: string): Promise<AwaitedCounterTransfer | null> {
  const { data: links } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: PosSaleOrderLink.entryPoint, fields: ["pos_sale_id"], filters: { order_id: orderId } })
  const saleId = (links[0] as { pos_sale_id: string } | undefined)?.pos_sale_id
  if (!saleId) return null
  const sale = await container.resolve<PosModuleService>(POS_MODULE).retrievePosSale(saleId, { relations: ["payments"] })
  const payment = sale.payments.find((p) => p.method === "vietqr" && p.status === "pending")
  if (!payment) return null
  return { payment_id: payment.id, amount: payment.amount, status: payment.status, sale_id: sale.id, sale_status: sale.status, order_id: orderId }
}

export type ConfirmCounterTransferInput = { payment_id: string; sale_id: string; bank_transfer_id: string; received_at: Date }

export const confirmCounterTransferStep = createStep(
  "confirm-counter-transfer",
  async (input: ConfirmCounterTransferInput, { container }) => {
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const sale = await pos.retrievePosSale(input.sale_id, { relations: ["payments"] })
    await pos.updatePosSalePayments({ id: input.payment_id, status: "captured", received_at: input.received_at, bank_transfer_id: input.bank_transfer_id })
    const stillAwaited = sale.payments.some((payment) => payment.id !== input.payment_id && payment.status === "pending")
    if (sale.status === "awaiting_transfer" && !stillAwaited) await pos.updatePosSales({ id: sale.id, status: "completed" })
    return new StepResponse({ sale_id: sale.id }, { payment_id: input.payment_id, sale_id: sale.id, sale_status: sale.status })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    await pos.updatePosSalePayments({ id: undo.payment_id, status: "pending", received_at: null, bank_transfer_id: null })
    await pos.updatePosSales({ id: undo.sale_id, status: undo.sale_status as "completed" | "awaiting_transfer" | "refunded" })
  },
)
