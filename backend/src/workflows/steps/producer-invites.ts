/**
 * An owner's invitations to join a producer. The token is made here and leaves only in the notice
 * to the invited email; the producer module keeps its SHA-256, so a read of the database opens no
 * invitation.
 */
import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { inviteExpiresAt, type ProducerMemberRole } from "@ocop/domain/producer-accounts"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export function inviteTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export type OpenInvite = { id: string; email: string; role: ProducerMemberRole; producer_id: string; expires_at: Date }

/** A new invitation; an earlier one to the same email that is still open is withdrawn, so one link works at a time. */
export const createProducerInviteStep = createStep(
  "create-producer-invite",
  async (input: { producer_id: string; email: string; role: ProducerMemberRole; invited_by: string | null }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const earlier = await producers.listProducerInvites({ producer_id: input.producer_id, email: input.email, accepted_at: null }, { select: ["id"] })
    const withdrawn = earlier.map((invite) => invite.id)
    if (withdrawn.length) await producers.softDeleteProducerInvites(withdrawn)
    const token = randomBytes(32).toString("base64url")
    const invite = await producers.createProducerInvites({
      producer_id: input.producer_id,
      email: input.email,
      role: input.role,
      invited_by: input.invited_by,
      token_hash: inviteTokenHash(token),
      expires_at: inviteExpiresAt(new Date()),
    })
    const open: OpenInvite = { id: invite.id, email: invite.email, role: invite.role, producer_id: input.producer_id, expires_at: invite.expires_at }
    return new StepResponse({ invite: open, token }, { invite_id: invite.id, withdrawn })
  },
  async (made, { container }) => {
    if (!made) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerInvites(made.invite_id)
    if (made.withdrawn.length) await producers.restoreProducerInvites(made.withdrawn)
  },
)

/** The open invitation a token stands for: not accepted, not withdrawn, not expired. */
export const findOpenInviteStep = createStep("find-open-invite", async (input: { token: string }, { container }) => {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [invite] = await producers.listProducerInvites(
    { token_hash: inviteTokenHash(input.token), accepted_at: null, expires_at: { $gt: new Date() } },
    { select: ["id", "email", "role", "producer_id", "expires_at"] },
  )
  if (!invite) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This invitation cannot be used: it was accepted already, replaced by a newer one or is more than 7 days old. Ask the producer's owner to invite you again.",
      ERROR_CODES.inviteNotValid,
    )
  }
  const open: OpenInvite = { id: invite.id, email: invite.email, role: invite.role, producer_id: invite.producer_id, expires_at: invite.expires_at }
  return new StepResponse(open)
})

export const markInviteAcceptedStep = createStep(
  "mark-invite-accepted",
  async (input: { invite_id: string }, { container }) => {
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvites({ id: input.invite_id, accepted_at: new Date() })
    return new StepResponse(null, input.invite_id)
  },
  async (inviteId, { container }) => {
    if (inviteId) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvites({ id: inviteId, accepted_at: null })
  },
)
