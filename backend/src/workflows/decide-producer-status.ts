import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_NOTICE_TEMPLATES, tellProducerMembersStep } from "./steps/send-producer-notices"
import { planProducerDecisionStep, type ProducerDecisionInput } from "./steps/plan-producer-decision"
import { updateProducerWorkflow } from "./update-producer"

export type DecideProducerStatusWorkflowInput = ProducerDecisionInput

/**
 * The programme office approves, rejects or suspends a producer (@ocop/domain/producer-accounts
 * says which decision its status allows) and its members are told, with the reason when there is
 * one. The status changes through update-producer, so a producer that stops being approved has its
 * products taken off sale and out of the search index, and an approved one has them put back.
 */
export const decideProducerStatusWorkflow = createWorkflow("decide-producer-status", (input: DecideProducerStatusWorkflowInput) => {
  const planned = planProducerDecisionStep(input)
  const producer = updateProducerWorkflow.runAsStep({
    input: transform({ planned }, ({ planned }) => ({ id: planned.id, status: planned.status, status_reason: planned.status_reason })),
  })
  tellProducerMembersStep(
    transform({ input, planned }, ({ input, planned }) => ({
      producer_id: planned.id,
      template: PRODUCER_NOTICE_TEMPLATES[input.decision],
      data: { producer_id: planned.id, producer_name: planned.name, status: planned.status, reason: planned.status_reason },
      occasion: planned.decided_at,
    })),
  )
  return new WorkflowResponse(producer)
})
