import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { markPosSaleRefundedStep, prepareRefundStep, type RefundPosSaleInput } from "./steps/pos-refunds"

export type RefundPosSaleWorkflowInput = RefundPosSaleInput

/**
 * A manager takes a whole counter sale back: its packs return to the showroom's stock location,
 * its Medusa order is cancelled (Medusa's cancel-order, which also takes it out of "đã bán"), its
 * total is paid out in cash from the open shift's drawer, and its lines are owed to no producer.
 * Under the sale's lock, so two refunds of one sale give back once.
 */
export const refundPosSaleWorkflow = createWorkflow("refund-pos-sale", (input: RefundPosSaleWorkflowInput) => {
  const lockKeys = transform({ input }, ({ input }) => [`pos-refund:${input.sale_id}`, `pos-shift:${input.shift_id}`])
  acquireLockStep({ key: lockKeys, timeout: 30, ttl: 60 })
  const prepared = prepareRefundStep(input)
  adjustInventoryLevelsStep(transform({ prepared }, ({ prepared }) => prepared.stock_in))
  const saleId = markPosSaleRefundedStep(transform({ input, prepared }, ({ input, prepared }) => ({ refund: input, prepared })))
  cancelOrderWorkflow.runAsStep({ input: transform({ input, prepared }, ({ input, prepared }) => ({ order_id: prepared.order_id, canceled_by: input.staff.id })) })
  releaseLockStep({ key: lockKeys })
  return new WorkflowResponse(saleId)
})
