import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { type ActingStaff, closePosShiftStep } from "./steps/pos-shifts"

export type ClosePosShiftWorkflowInput = { shift_id: string; counted_cash: number; staff: ActingStaff }

/**
 * The end-of-day close: a manager counts the drawer. Under the shift's lock, which a sale on the
 * shift takes too, so no sale lands in a report after it was counted.
 */
export const closePosShiftWorkflow = createWorkflow("close-pos-shift", (input: ClosePosShiftWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `pos-shift:${input.shift_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const report = closePosShiftStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(report)
})
