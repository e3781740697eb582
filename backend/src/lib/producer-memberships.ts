/**
 * Who works for which producer, and as what: the member ↔ producer link and its role
 * (links/producer-member-producer.ts), read through Query and written as links, for the producer
 * API's guard (lib/producer-access.ts) and the membership workflows alike.
 */
import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerMemberRole, ProducerStatus } from "@ocop/domain/producer-accounts"
import MemberProducerLink from "../links/producer-member-producer"
import { PRODUCER_MODULE } from "../modules/producer"
import { PRODUCER_MEMBER_MODULE } from "../modules/producer-member"

export type Membership = {
  producer_member_id: string
  producer_id: string
  role: ProducerMemberRole
  created_at?: Date | string
}

/** What a member sees of each producer they work for. */
export type MembershipWithProducer = Membership & {
  producer: { id: string; handle: string; name: string; kind: string; status: ProducerStatus; status_reason: string | null }
}

export type MembershipWithMember = Membership & {
  producer_member: { id: string; email: string; name: string; phone: string | null }
}

const MEMBERSHIP_FIELDS = ["producer_member_id", "producer_id", "role", "created_at"]

async function memberships<T>(container: MedusaContainer, filters: Record<string, string | string[]>, fields: string[]): Promise<T[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: MemberProducerLink.entryPoint,
    fields: [...MEMBERSHIP_FIELDS, ...fields],
    filters,
  })
  return data as T[]
}

/** The producers a member works for, with their status. */
export function producersOfMember(container: MedusaContainer, memberId: string): Promise<MembershipWithProducer[]> {
  return memberships(container, { producer_member_id: memberId }, [
    "producer.id",
    "producer.handle",
    "producer.name",
    "producer.kind",
    "producer.status",
    "producer.status_reason",
  ])
}

/** A producer's members, or the one of them asked for. */
export function membersOfProducer(container: MedusaContainer, producerId: string, memberId?: string): Promise<MembershipWithMember[]> {
  return memberships(container, { producer_id: producerId, ...(memberId ? { producer_member_id: memberId } : {}) }, [
    "producer_member.id",
    "producer_member.email",
    "producer_member.name",
    "producer_member.phone",
  ])
}

export function membershipLink(membership: Omit<Membership, "created_at">): LinkDefinition {
  return {
    [PRODUCER_MEMBER_MODULE]: { producer_member_id: membership.producer_member_id },
    [PRODUCER_MODULE]: { producer_id: membership.producer_id },
    data: { role: membership.role },
  }
}
