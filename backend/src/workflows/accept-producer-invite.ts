import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addProducerMemberWorkflow } from "./add-producer-member"
import { memberLoginForInviteStep } from "./steps/member-logins"
import { findOpenInviteStep, markInviteAcceptedStep } from "./steps/producer-invites"

export type AcceptProducerInviteWorkflowInput = {
  token: string
  /** For a person new to OCOP Market: the name the producer's members see, and a password to sign in with. */
  name?: string | null
  password?: string | null
}

/**
 * Someone accepts an invitation with its token: the invited email's login (made now with the
 * password chosen, or the one it has) becomes a member of the producer in the invited role. They
 * then sign in at /auth/producer_member/emailpass.
 */
export const acceptProducerInviteWorkflow = createWorkflow("accept-producer-invite", (input: AcceptProducerInviteWorkflowInput) => {
  const invite = findOpenInviteStep(transform({ input }, ({ input }) => ({ token: input.token })))
  const login = memberLoginForInviteStep(transform({ input, invite }, ({ input, invite }) => ({ email: invite.email, password: input.password })))
  const member = addProducerMemberWorkflow.runAsStep({
    input: transform({ input, invite, login }, ({ input, invite, login }) => ({
      auth_identity_id: login,
      name: input.name,
      producer_id: invite.producer_id,
      role: invite.role,
    })),
  })
  markInviteAcceptedStep(transform({ invite }, ({ invite }) => ({ invite_id: invite.id })))
  return new WorkflowResponse(transform({ member, invite }, ({ member, invite }) => ({ member, producer_id: invite.producer_id, role: invite.role })))
})
