import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { awaitingPayment, ORDER_PAYMENT_FIELDS, type WithPayments } from "../lib/order-payments"
import { VIETQR_PROVIDER_ID } from "../lib/store-setup"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"

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
      if (!payment) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "That order has no bank-transfer payment awaiting money: it is paid, or paid another way.")
      }
      // The transfer pays the order in full only if it brought at least the amount due; the
      // difference of an over-payment is the operator's to send back.
      if (MathBN.lt(transfer.amount as unknown as number, payment.amount as number)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The transfer brought ${Number(transfer.amount)} ₫ and the order is ${Number(payment.amount)} ₫: ask the buyer for the rest, or refund it.`,
        )
      }
      capture = { payment_id: payment.id, amount: Number(payment.amount) }
    }
    const before = { resolved_at: transfer.resolved_at, resolution: transfer.resolution, order_id: transfer.order_id, payment_id: transfer.payment_id }
    const resolution = [input.resolution, input.note].filter(Boolean).join(": ")
    await transfers.updateBankTransfers({
      id: transfer.id,
      resolved_at: new Date(),
      resolution,
      ...(input.resolution === "matched" ? { order_id: input.order_id, payment_id: capture!.payment_id } : {}),
    })
    return new StepResponse({ id: transfer.id, capture }, { id: transfer.id, ...before })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).updateBankTransfers(before)
  },
)

/**
 * The operator settles a transfer that paid nothing by itself: matched by hand to the order it was
 * meant for (which captures that order's payment), or marked refunded with the bank's reference.
 */
export const resolveBankTransferWorkflow = createWorkflow("resolve-bank-transfer", (input: ResolveBankTransferInput) => {
  const resolved = resolveBankTransferStep(input)
  when({ resolved }, ({ resolved }) => resolved.capture !== null).then(() => {
    capturePaymentWorkflow.runAsStep({ input: transform({ resolved }, ({ resolved }) => resolved.capture!) })
  })
  return new WorkflowResponse(resolved)
})
