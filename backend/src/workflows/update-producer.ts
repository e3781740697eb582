import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateProducerStep, type UpdateProducerStepInput } from "./steps/update-producer"

export const PRODUCER_UPDATED_EVENT = "producer.updated"

/** Updates a producer (details, approval, suspension) and tells subscribers such as search. */
export const updateProducerWorkflow = createWorkflow("update-producer", (input: UpdateProducerStepInput) => {
  const producer = updateProducerStep(input)
  emitEventStep({ eventName: PRODUCER_UPDATED_EVENT, data: { id: input.id } })
  return new WorkflowResponse(producer)
})
