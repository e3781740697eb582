import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerMemberRole } from "@ocop/domain/producer-accounts"
import { membersOfProducer } from "../../lib/producer-memberships"

/** What producers and their members are told, one template each (the notification module's provider renders it). */
export const PRODUCER_NOTICE_TEMPLATES = {
  registered: "producer-registration-received",
  invited: "producer-member-invited",
  approve: "producer-approved",
  reject: "producer-rejected",
  suspend: "producer-suspended",
  certificateExpiring: "producer-certificate-expiring",
} as const

/**
 * Each notice is an email through Medusa's notification module. What the workflow did stands
 * whether or not a notice goes out (the producer is approved, the invitation exists), so one that
 * fails is logged, not thrown; a notice sent cannot be taken back, so the steps below have no
 * compensation, and each idempotency key keeps a retried workflow from sending it twice.
 */
async function send(container: MedusaContainer, notices: CreateNotificationDTO[]) {
  if (!notices.length) return
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications(notices)
  } catch (error) {
    const recipients = notices.map((notice) => notice.to).join(", ")
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`${notices[0]!.template} could not be sent to ${recipients}: ${(error as Error).message}`)
  }
}

export const sendProducerNoticesStep = createStep("send-producer-notices", async (notices: CreateNotificationDTO[], { container }) => {
  await send(container, notices)
  return new StepResponse(null)
})

export type MembersNotice = {
  producer_id: string
  template: string
  data: Record<string, unknown>
  /** Tells this notice from any other of its template for the producer (a decision's time). */
  occasion: string
  /** Only the members of these roles (the owners, who answer for the producer's certificates); all without it. */
  roles?: ProducerMemberRole[]
}

/** Tells every member of the producer (or those of the roles asked), each by their own email. */
export const tellProducerMembersStep = createStep("tell-producer-members", async (notice: MembersNotice, { container }) => {
  const members = (await membersOfProducer(container, notice.producer_id)).filter((member) => !notice.roles || notice.roles.includes(member.role))
  await send(
    container,
    members.map((member) => ({
      to: member.producer_member.email,
      channel: "email",
      template: notice.template,
      data: notice.data,
      trigger_type: notice.template,
      resource_id: notice.producer_id,
      resource_type: "producer",
      idempotency_key: `${notice.template}:${notice.producer_id}:${member.producer_member_id}:${notice.occasion}`,
    })),
  )
  return new StepResponse(null)
})
