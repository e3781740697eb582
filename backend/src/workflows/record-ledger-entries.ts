import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { recordLedgerEntriesStep } from "./steps/ledger-entries"

/**
 * Brings the producers' ledger in line with an order (steps/ledger-entries.ts): its paid lines
 * credited, its refunds and returns taken back. Under the order's lock, so the events of one
 * payment (captured, then the order's own) record each entry once.
 */
export const recordLedgerEntriesWorkflow = createWorkflow("record-ledger-entries", (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `ledger:order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const created = recordLedgerEntriesStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(created)
})
