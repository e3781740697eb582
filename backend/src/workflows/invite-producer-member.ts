import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { producerInviteUrl } from "@ocop/domain/storefront-links"
import type { ProducerMemberRole } from "@ocop/domain/producer-accounts"
import { storefrontUrl } from "../lib/storefront-url"
import { createProducerInviteStep } from "./steps/producer-invites"
import { assertMayManageMembersStep } from "./steps/producer-members"
import { assertNotAMemberStep } from "./steps/assert-not-a-member"
import { PRODUCER_NOTICE_TEMPLATES, sendProducerNoticesStep } from "./steps/send-producer-notices"

export type InviteProducerMemberWorkflowInput = {
  producer_id: string
  email: string
  role: ProducerMemberRole
  /** The member who invites, and their role in this producer: only an owner may. */
  invited_by: { id: string; role: ProducerMemberRole }
}

/**
 * An owner invites someone by email to work for the producer. The invited email gets a token
 * (through the notification module) that joins them when they accept it, with a login of their own
 * or the one that email already has.
 */
export const inviteProducerMemberWorkflow = createWorkflow("invite-producer-member", (input: InviteProducerMemberWorkflowInput) => {
  assertMayManageMembersStep(transform({ input }, ({ input }) => ({ role: input.invited_by.role })))
  assertNotAMemberStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, email: input.email })))
  const { data: producers } = useQueryGraphStep({
    entity: "producer",
    fields: ["id", "name"],
    filters: { id: input.producer_id },
    options: { throwIfKeyNotFound: true },
  })
  const made = createProducerInviteStep(
    transform({ input }, ({ input }) => ({ producer_id: input.producer_id, email: input.email, role: input.role, invited_by: input.invited_by.id })),
  )
  sendProducerNoticesStep(
    transform({ made, producers }, ({ made, producers }) => [
      {
        to: made.invite.email,
        channel: "email",
        template: PRODUCER_NOTICE_TEMPLATES.invited,
        data: {
          producer_id: made.invite.producer_id,
          producer_name: producers[0]!.name,
          role: made.invite.role,
          token: made.token,
          // The portal's page that takes the token; the invited person's language is not known, so Vietnamese.
          invite_url: producerInviteUrl(storefrontUrl(), "vi", made.token),
          expires_at: made.invite.expires_at,
        },
        trigger_type: PRODUCER_NOTICE_TEMPLATES.invited,
        resource_id: made.invite.id,
        resource_type: "producer_invite",
        idempotency_key: `${PRODUCER_NOTICE_TEMPLATES.invited}:${made.invite.id}`,
      },
    ]),
  )
  return new WorkflowResponse(transform({ made }, ({ made }) => made.invite))
})
