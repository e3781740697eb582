/**
 * The steps that make someone a member of a producer and take them off it: the member itself (the
 * `producer_member` actor of a login), and the member ↔ producer link with its role. Each undoes
 * exactly what it did.
 */
import type { InferTypeOf } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { assertMayManageMembers, assertMayRemoveMember, type ProducerMemberRole } from "@ocop/domain/producer-accounts"
import { enforce } from "../../lib/domain-rules"
import { emailOfLogin } from "../../lib/member-logins"
import { membersOfProducer, membershipLink, type Membership } from "../../lib/producer-memberships"
import { PRODUCER_MEMBER_MODULE } from "../../modules/producer-member"
import type ProducerMember from "../../modules/producer-member/models/producer-member"
import type ProducerMemberModuleService from "../../modules/producer-member/service"

type ProducerMemberDTO = InferTypeOf<typeof ProducerMember>

/** What ensure-producer-member made, for its compensation; null when the login had its member. */
type MadeMember = { member_id: string; auth_identity_id: string } | null

/** The key of a login's app_metadata that names its member, as Medusa's auth routes read it (`<actor type>_id`). */
export const MEMBER_ID_KEY = `${PRODUCER_MEMBER_MODULE}_id`

/**
 * The member of a login: the one it already has (a person who works for another producer), or a
 * new one named `name`, with the login's email, which the login then names in its app_metadata.
 */
export const ensureProducerMemberStep = createStep(
  "ensure-producer-member",
  async (input: { auth_identity_id: string; name?: string | null }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const members: ProducerMemberModuleService = container.resolve(PRODUCER_MEMBER_MODULE)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    const existing = identity.app_metadata?.[MEMBER_ID_KEY]
    if (typeof existing === "string" && existing) {
      return new StepResponse<ProducerMemberDTO, MadeMember>(await members.retrieveProducerMember(existing), null)
    }
    if (!input.name) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give your name (name): the producer's members see it in their list.")
    }
    const member = await members.createProducerMembers({ email: await emailOfLogin(container, identity.id), name: input.name })
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...identity.app_metadata, [MEMBER_ID_KEY]: member.id } })
    return new StepResponse<ProducerMemberDTO, MadeMember>(member, { member_id: member.id, auth_identity_id: identity.id })
  },
  async (made, { container }) => {
    if (!made) return
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(made.auth_identity_id)
    const { [MEMBER_ID_KEY]: _, ...appMetadata } = identity.app_metadata ?? {}
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: appMetadata })
    await container.resolve<ProducerMemberModuleService>(PRODUCER_MEMBER_MODULE).deleteProducerMembers(made.member_id)
  },
)

/** Makes the member a member of the producer in `role`; a person is a member of a producer once. */
export const linkProducerMemberStep = createStep(
  "link-producer-member",
  async (membership: Omit<Membership, "created_at">, { container }) => {
    const [already] = await membersOfProducer(container, membership.producer_id, membership.producer_member_id)
    if (already) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${already.producer_member.email} is already a member of this producer: sign in with that email.`,
        ERROR_CODES.alreadyAMember,
      )
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(membershipLink(membership))
    return new StepResponse(membership, membership)
  },
  async (membership, { container }) => {
    if (!membership) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(membershipLink(membership))
  },
)

/** Refuses a member who may not invite or remove members (staff) with 403. */
export const assertMayManageMembersStep = createStep("assert-may-manage-members", async (acting: { role: ProducerMemberRole }) => {
  enforce(() => assertMayManageMembers(acting.role), MedusaError.Types.FORBIDDEN)
  return new StepResponse(null)
})

/** Takes a member off the producer (their login and their other memberships stay), never its last owner. */
export const unlinkProducerMemberStep = createStep(
  "unlink-producer-member",
  async (input: { producer_id: string; producer_member_id: string }, { container }) => {
    const members = await membersOfProducer(container, input.producer_id)
    const leaving = members.find((member) => member.producer_member_id === input.producer_member_id)
    if (!leaving) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No member ${input.producer_member_id} works for this producer.`)
    }
    const roles = members.map((member) => ({ member_id: member.producer_member_id, role: member.role }))
    enforce(() => assertMayRemoveMember(roles, input.producer_member_id))
    const membership = { producer_id: input.producer_id, producer_member_id: input.producer_member_id, role: leaving.role }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(membershipLink(membership))
    return new StepResponse(membership, membership)
  },
  async (membership, { container }) => {
    if (!membership) return
    await container.resolve(ContainerRegistrationKeys.LINK).create(membershipLink(membership))
  },
)
