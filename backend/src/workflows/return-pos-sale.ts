import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { POS_SALE_CHANGED_EVENT } from "../events"
import { prepareReturnStep, type ReturnPosSaleInput, recordPosReturnStep } from "./steps/pos-returns"

export type { ReturnPosSaleInput } from "./steps/pos-returns"

/**
 * A manager takes packs of a counter sale back, some (a return) or all that is left (a refund):
 * they go back to the showroom's stock location (Medusa's inventory adjustment, undone if a later
 * step fails), what they were sold for is paid out in cash from the open shift's drawer (never more
 * than the sale brought in), and the lines' producers are owed that much less. A refund also
 * cancels the sale's Medusa order (Medusa's cancel-order, which takes it out of "đã bán").
 *
 * A return is not recorded as a Medusa return on the order: Medusa returns only packs it fulfilled,
 * and a counter order is handed over without a fulfillment, so its return lives in the pos module.
 * Under the sale's and the shift's lock, so two returns of one sale give back once.
 */
export const returnPosSaleWorkflow = createWorkflow("return-pos-sale", (input: ReturnPosSaleInput) => {
  const lockKeys = transform({ input }, ({ input }) => [`pos-refund:${input.sale_id}`, `pos-shift:${input.shift_id}`])
  acquireLockStep({ key: lockKeys, timeout: 30, ttl: 60 })
  const prepared = prepareReturnStep(input)
  adjustInventoryLevelsStep(transform({ prepared }, ({ prepared }) => prepared.stock_in))
  const returnId = recordPosReturnStep(transform({ input, prepared }, ({ input, prepared }) => ({ request: input, prepared })))
  when({ prepared }, ({ prepared }) => prepared.whole).then(() => {
    cancelOrderWorkflow.runAsStep({ input: transform({ input, prepared }, ({ input, prepared }) => ({ order_id: prepared.order_id, canceled_by: input.staff.id })) })
  })
  // The lines' producers are owed less (the ledger's refund entries).
  emitEventStep({ eventName: POS_SALE_CHANGED_EVENT, data: transform({ prepared }, ({ prepared }) => ({ order_id: prepared.order_id })) })
  releaseLockStep({ key: lockKeys })
  return new WorkflowResponse(returnId)
})
