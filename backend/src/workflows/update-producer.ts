import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { syncProducerListingsStep } from "./steps/sync-producer-listings"
import { updateProducerStep, type UpdateProducerStepInput } from "./steps/update-producer"
import { PRODUCER_UPDATED_EVENT } from "../events"

/**
 * Updates a producer (details, approval, suspension) and tells subscribers such as search. Its
 * products go off sale when it stops being approved and come back when it is approved again.
 */
export const updateProducerWorkflow = createWorkflow("update-producer", (input: UpdateProducerStepInput) => {
  const producer = updateProducerStep(input)
  syncProducerListingsStep(transform({ input }, ({ input }) => ({ producer_ids: [input.id] })))
  emitEventStep({ eventName: PRODUCER_UPDATED_EVENT, data: { id: input.id } })
  return new WorkflowResponse(producer)
})
