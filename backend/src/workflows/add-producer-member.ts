import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerMemberRole } from "@ocop/domain/producer-accounts"
import { ensureProducerMemberStep, linkProducerMemberStep } from "./steps/producer-members"

export type AddProducerMemberWorkflowInput = {
  /** The login the member signs in with. */
  auth_identity_id: string
  /** Needed when the login has no member yet. */
  name?: string | null
  producer_id: string
  role: ProducerMemberRole
}

/**
 * Makes a login a member of a producer in a role: the login's member (made now if it has none, so
 * a person who works for two producers is one member) and the member ↔ producer link. Registration,
 * an accepted invitation and the sample catalogue's demo owner all add members this way.
 */
export const addProducerMemberWorkflow = createWorkflow("add-producer-member", (input: AddProducerMemberWorkflowInput) => {
  const member = ensureProducerMemberStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, name: input.name })))
  linkProducerMemberStep(
    transform({ input, member }, ({ input, member }) => ({ producer_member_id: member.id, producer_id: input.producer_id, role: input.role })),
  )
  return new WorkflowResponse(member)
})
