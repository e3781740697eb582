import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { BankNotification } from "../lib/bank-notifications"
import { confirmCounterTransferStep } from "./steps/pos-transfers"
import { settleBankTransferStep } from "./steps/settle-bank-transfer"
import { BANK_TRANSFER_RECEIVED_EVENT } from "../events"

/**
 * Records a verified bank notification and, when it pays a VietQR order exactly, captures that
 * payment; when it pays a counter sale's VietQR part exactly, marks that part received and the sale
 * completed. One transaction is handled once however often the service sends it (a lock on its id,
 * then the row unique on service + transaction id), and a capture that fails forgets the row so the
 * service's retry is judged again.
 */
export const recordBankTransferWorkflow = createWorkflow("record-bank-transfer", (input: BankNotification) => {
  const lockKey = transform({ input }, ({ input }) => `bank-transfer:${input.service}:${input.transactionId}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const settled = settleBankTransferStep(input)
  when({ settled }, ({ settled }) => settled.capture !== null).then(() => {
    const capture = transform({ settled }, ({ settled }) => settled.capture!)
    capturePaymentWorkflow.runAsStep({ input: capture })
  })
  when({ settled }, ({ settled }) => settled.counter !== null).then(() => {
    confirmCounterTransferStep(transform({ settled }, ({ settled }) => settled.counter!))
  })
  when({ settled }, ({ settled }) => !settled.duplicate).then(() => {
    emitEventStep({
      eventName: BANK_TRANSFER_RECEIVED_EVENT,
      data: transform({ settled }, ({ settled }) => ({ id: settled.id, outcome: settled.outcome, order_id: settled.order_id })),
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(settled)
})
