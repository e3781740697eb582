import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { awaitingPayment, ORDER_PAYMENT_FIELDS, type WithPayments } from "../lib/order-payments"
import { VIETQR_PROVIDER_ID } from "../lib/store-setup"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { POS_SALE_CHANGED_EVENT } from "../events"
import { confirmCounterTransferStep, findCounterTransferOfOrder } from "./steps/pos-transfers"

export type ResolveBankTransferInput =
  | { id: string; resolution: "matched"; order_id: string; note?: string | null }
  | { id: string; resolution: "refunded"; note: string }

const resolveBankTransferStep = createStep(
  "resolve-bank-transfer",
  async (input: ResolveBankTransferInput, { container }) => {
    const transfers = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const [transfer] = await transfers.listBankTransfers({ id: input.id })
    if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No bank transfer ${input.id} was found.`)
    if (transfer.outcome === "paid" || transfer.resolved_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This transfer is settled already; there is nothing to resolve.")
    }
    let capture: { payment_id: string; amount: number } | null = null
    let counter: { payment_id: string; sale_id: string; bank_transfer_id: string; received_at: Date } | null = null
    let posSaleId: string | null = null
    if (input.resolution === "matched") {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "status", ...ORDER_PAYMENT_FIELDS],
        filters: { id: input.order_id },
      })
      const order = data[0] as (WithPayments & { status: string }) | undefined
      if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${input.order_id} was found.`)
      if (order.status === "canceled") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "That order is cancelled: refund the transfer instead of matching it.")
      }
      const payment = awaitingPayment(order, VIETQR_PROVIDER_ID)
      // A counter sale's order has no Medusa payment: its VietQR part is the pos module's.
      const counterPart = payment ? null : await findCounterTransferOfOrder(container, input.order_id)
      if (!payment && !counterPart) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "That order has no bank-transfer payment awaiting money: it is paid, or paid another way.")
      }
      const due = payment ? Number(payment.amount) : counterPart!.amount
      // The transfer pays the order in full only if it brought at least the amount due; the
      // difference of an over-payment is the operator's to send back.
      if (MathBN.lt(transfer.amount as unknown as number, due)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The transfer brought ${Number(transfer.amount)} ₫ and the order is ${due} ₫: ask the buyer for the rest, or refund it.`,
        )
      }
      if (payment) capture = { payment_id: payment.id, amount: due }
      else {
        counter = { payment_id: counterPart!.payment_id, sale_id: counterPart!.sale_id, bank_transfer_id: transfer.id, received_at: new Date(transfer.received_at) }
        posSaleId = counterPart!.sale_id
      }
    }
    const before = {
      resolved_at: transfer.resolved_at,
      resolution: transfer.resolution,
      order_id: transfer.order_id,
      payment_id: transfer.payment_id,
      pos_sale_id: transfer.pos_sale_id,
    }
    const resolution = [input.resolution, input.note].filter(Boolean).join(": ")
    await transfers.updateBankTransfers({
      id: transfer.id,
      resolved_at: new Date(),
      resolution,
      ...(input.resolution === "matched" ? { order_id: input.order_id, payment_id: capture?.payment_id ?? null, pos_sale_id: posSaleId ?? transfer.pos_sale_id } : {}),
    })
    return new StepResponse({ id: transfer.id, capture, counter }, { id: transfer.id, ...before })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).updateBankTransfers(before)
  },
)

/**
 * The operator settles a transfer that paid nothing by itself: matched by hand to the order it was
 * meant for (which captures that order's payment, or for a counter sale's order marks its VietQR
 * part received), or marked refunded with the bank's reference.
 */
export const resolveBankTransferWorkflow = createWorkflow("resolve-bank-transfer", (input: ResolveBankTransferInput) => {
  const resolved = resolveBankTransferStep(input)
  when({ resolved }, ({ resolved }) => resolved.capture !== null).then(() => {
    capturePaymentWorkflow.runAsStep({ input: transform({ resolved }, ({ resolved }) => resolved.capture!) })
  })
  when({ resolved }, ({ resolved }) => resolved.counter !== null).then(() => {
    confirmCounterTransferStep(transform({ resolved }, ({ resolved }) => resolved.counter!))
    // A sale completed so: its producers are credited (the ledger).
    emitEventStep({ eventName: POS_SALE_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ order_id: input.resolution === "matched" ? input.order_id : null })) }).config({
      name: "emit-counter-sale-paid",
    })
  })
  return new WorkflowResponse(resolved)
})
