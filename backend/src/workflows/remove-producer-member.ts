import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerMemberRole } from "@ocop/domain/producer-accounts"
import { assertMayManageMembersStep, unlinkProducerMemberStep } from "./steps/producer-members"

export type RemoveProducerMemberWorkflowInput = {
  producer_id: string
  producer_member_id: string
  /** The role of the member who removes: only an owner may. */
  removed_by: { role: ProducerMemberRole }
}

/**
 * An owner takes a member off the producer; never its last owner. The person keeps their login and
 * their other producers; this one's routes answer them no more.
 */
export const removeProducerMemberWorkflow = createWorkflow("remove-producer-member", (input: RemoveProducerMemberWorkflowInput) => {
  assertMayManageMembersStep(transform({ input }, ({ input }) => ({ role: input.removed_by.role })))
  const membership = unlinkProducerMemberStep(
    transform({ input }, ({ input }) => ({ producer_id: input.producer_id, producer_member_id: input.producer_member_id })),
  )
  return new WorkflowResponse(membership)
})
