import type { MembershipWithMember } from "../../../lib/producer-memberships"

/** A member as the producer's other members see them. */
export function presentMember(membership: MembershipWithMember) {
  const { id, email, name, phone } = membership.producer_member
  return { id, email, name, phone, role: membership.role, joined_at: membership.created_at }
}
