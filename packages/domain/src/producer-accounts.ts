/**
 * A producer's account: how its status moves (registered pending; approved or rejected by the
 * programme office; suspended, and approved again), who of its members may do what, and what a
 * producer that is not approved may not do. One rule for the producer API, the Admin and the
 * storefront's portal.
 */
import { DomainRuleError, ERROR_CODES } from "./errors"

export const PRODUCER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

/** What the programme office decides, the status it leads to and the statuses it may be taken from. */
export const PRODUCER_DECISIONS = {
  // A rejected registration may be reconsidered (the documents came by post); a suspension lifted.
  approve: { to: "approved", from: ["pending", "rejected", "suspended"] },
  reject: { to: "rejected", from: ["pending"] },
  suspend: { to: "suspended", from: ["approved"] },
} as const satisfies Record<string, { to: ProducerStatus; from: readonly ProducerStatus[] }>

export type ProducerDecision = keyof typeof PRODUCER_DECISIONS

export const PRODUCER_DECISION_NAMES = Object.keys(PRODUCER_DECISIONS) as ProducerDecision[]

/** The decision that leads to a status, for the Admin's generic update that names the status itself. */
export function decisionLeadingTo(status: ProducerStatus): ProducerDecision | undefined {
  return PRODUCER_DECISION_NAMES.find((decision) => PRODUCER_DECISIONS[decision].to === status)
}

const NOT_FROM: Record<ProducerDecision, string> = {
  approve: "It is already approved.",
  reject: "Only a registration that waits for approval can be rejected; suspend an approved producer instead.",
  suspend: "Only an approved producer can be suspended; a registration that waits is approved or rejected.",
}

/**
 * The status and the reason kept with it after `decision`, or a refusal a person can act on. A
 * rejection always says why (the producer reads it to fix its registration); a suspension may; an
 * approval clears the reason of what came before.
 */
export function decideProducerStatus(
  current: ProducerStatus,
  decision: ProducerDecision,
  reason?: string | null,
): { status: ProducerStatus; status_reason: string | null } {
  const rule = PRODUCER_DECISIONS[decision]
  if (!(rule.from as readonly ProducerStatus[]).includes(current)) {
    throw new DomainRuleError(ERROR_CODES.producerDecisionNotAllowed, `This producer is ${current}. ${NOT_FROM[decision]}`)
  }
  const given = reason?.trim() || null
  if (decision === "reject" && !given) {
    throw new DomainRuleError(ERROR_CODES.decisionReasonRequired, "Say why the registration is rejected (reason): the producer reads it to put its registration right.")
  }
  return { status: rule.to, status_reason: decision === "approve" ? null : given }
}

/** Only an approved producer's products go on sale; the others' stay drafts or off their channels. */
export function mayPublish(status: ProducerStatus): boolean {
  return status === "approved"
}

const NOT_PUBLISHING: Record<Exclude<ProducerStatus, "approved">, string> = {
  pending: "Your registration is waiting for the programme office's approval: products go on sale once it is approved.",
  rejected: "Your registration was rejected, so nothing can go on sale: the programme office's reason is shown with your account.",
  suspended: "Your producer is suspended by the programme office, so nothing can go on sale until it is approved again.",
}

/** Refuses a publishing action (a product put on sale …) of a producer that is not approved. */
export function assertMayPublish(status: ProducerStatus): void {
  if (status !== "approved") throw new DomainRuleError(ERROR_CODES.producerNotApproved, NOT_PUBLISHING[status])
}

/**
 * Who may change its listings (create, edit, archive products, their packs, stock and photos): a
 * pending producer prepares its catalogue while it waits, and its new products wait as proposals
 * anyway; a rejected or suspended one can read its listings but not change them, since an edit of
 * a published product goes live at once.
 */
export function mayEditListings(status: ProducerStatus): boolean {
  return status === "pending" || status === "approved"
}

const NOT_EDITING: Record<"rejected" | "suspended", string> = {
  rejected: "Your registration was rejected, so your listings cannot be changed: the programme office's reason is shown with your account.",
  suspended: "Your producer is suspended by the programme office: you can read your listings, but not change them until it is approved again.",
}

export function assertMayEditListings(status: ProducerStatus): void {
  if (status === "rejected" || status === "suspended") throw new DomainRuleError(ERROR_CODES.producerReadOnly, NOT_EDITING[status])
}

/** A product is sold in at least one pack size: the last one is changed, not removed (archive the product instead). */
export function assertMayRemoveVariant(variantCount: number): void {
  if (variantCount <= 1) {
    throw new DomainRuleError(ERROR_CODES.lastVariant, "This is the product's only pack size: change it instead, or archive the product.")
  }
}

export const PRODUCER_MEMBER_ROLES = ["owner", "staff"] as const
export type ProducerMemberRole = (typeof PRODUCER_MEMBER_ROLES)[number]

/** Owners invite and remove members; staff work on the producer's listings and orders. */
export function assertMayManageMembers(role: ProducerMemberRole): void {
  if (role !== "owner") {
    throw new DomainRuleError(ERROR_CODES.notAnOwner, "Only an owner of the producer invites or removes members: ask one of its owners.")
  }
}

/** A producer always keeps an owner, so someone can always invite the next member. */
export function assertMayRemoveMember(members: readonly { member_id: string; role: ProducerMemberRole }[], memberId: string): void {
  const leaving = members.find((member) => member.member_id === memberId)
  if (leaving?.role !== "owner") return
  if (!members.some((member) => member.role === "owner" && member.member_id !== memberId)) {
    throw new DomainRuleError(ERROR_CODES.lastOwner, "This is the producer's last owner: invite another owner first, then remove this one.")
  }
}

/** How long an invitation to join a producer can be accepted. */
export const INVITE_VALID_DAYS = 7

export function inviteExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000)
}
