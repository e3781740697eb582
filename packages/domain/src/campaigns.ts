/**
 * Trade-promotion campaigns (chiến dịch xúc tiến thương mại): when one runs, which products it
 * takes, and the price a buyer pays for a pack while it runs. One rule for the backend (which
 * gives the discount as a Medusa promotion), the storefront's cards and product page, and the seed.
 */
import { DomainRuleError, ERROR_CODES } from "./errors"

export const DISCOUNT_TYPES = ["percentage", "fixed"] as const
export type DiscountType = (typeof DISCOUNT_TYPES)[number]

/** A percentage off each unit (whole percent, 1 to 100), or a fixed amount of đồng off each unit. */
export type CampaignDiscount = { type: DiscountType; value: number }

/** Which products a campaign takes when they are not chosen by hand: all of these that are set. */
export type CampaignProductRule = { province_code?: string | null; industry_code?: string | null; star_rating?: number | null }

export type CampaignWindow = { starts_at: Date | string; ends_at: Date | string }

/** What a unit costs in the campaign, in whole đồng: never below zero, the discount rounded to the đồng. */
export function campaignPrice(amount: number, discount: CampaignDiscount | null | undefined): number {
  if (!discount) return amount
  const off = discount.type === "percentage" ? Math.round((amount * discount.value) / 100) : discount.value
  return Math.max(0, amount - Math.min(off, amount))
}

/**
 * Whether the percentage takes whole đồng off a unit of this price, as Medusa computes it (price ×
 * percent / 100, unrounded): only then are the cart's and order's totals whole đồng too.
 */
export function discountIsWholeDong(amount: number, discount: CampaignDiscount): boolean {
  return discount.type === "fixed" || (amount * discount.value) % 100 === 0
}

/** Whether the campaign runs at this moment: from its start (included) to its end (excluded). */
export function isCampaignLive(campaign: CampaignWindow, now: Date = new Date()): boolean {
  const at = now.getTime()
  return new Date(campaign.starts_at).getTime() <= at && at < new Date(campaign.ends_at).getTime()
}

/** The next moment after `now` at which one of these campaigns starts or ends, or null: when cached prices go stale. */
export function nextCampaignChange(campaigns: readonly CampaignWindow[], now: Date = new Date()): Date | null {
  const at = now.getTime()
  const later = campaigns
    .flatMap((campaign) => [new Date(campaign.starts_at).getTime(), new Date(campaign.ends_at).getTime()])
    .filter((moment) => moment > at)
  return later.length ? new Date(Math.min(...later)) : null
}

/** The first live campaign that holds the product, with the price of a unit of `amount` in it. */
export function campaignOffer<C extends CampaignWindow & { product_ids: readonly string[]; discount: CampaignDiscount | null }>(
  campaigns: readonly C[],
  productId: string,
  amount: number | null,
  now: Date = new Date(),
): { campaign: C; price: number | null } | null {
  const campaign = campaigns.find((candidate) => candidate.discount && isCampaignLive(candidate, now) && candidate.product_ids.includes(productId))
  if (!campaign) return null
  return { campaign, price: amount === null ? null : campaignPrice(amount, campaign.discount) }
}

export type CampaignTerms = CampaignWindow & {
  discount?: CampaignDiscount | null
  /** How many orders with the discount one buyer may place; null or absent: no limit. */
  per_buyer_limit?: number | null
  /** The most đồng the discount may take off all orders together; null or absent: no budget. */
  budget?: number | null
}

/** Refuses dates, discounts, limits and budgets that make no campaign, with a sentence for the operator. */
export function assertCampaignTerms(terms: CampaignTerms): void {
  const starts = new Date(terms.starts_at).getTime()
  const ends = new Date(terms.ends_at).getTime()
  if (!Number.isFinite(starts) || !Number.isFinite(ends)) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "Give the campaign's start and end as dates and times.")
  }
  if (ends <= starts) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "The campaign must end after it starts: choose a later end time.")
  }
  const discount = terms.discount
  if (discount) {
    if (!Number.isInteger(discount.value) || discount.value <= 0) {
      throw new DomainRuleError(ERROR_CODES.invalidCampaign, "The discount must be a whole number above zero (percent, or đồng off each unit).")
    }
    if (discount.type === "percentage" && discount.value > 100) {
      throw new DomainRuleError(ERROR_CODES.invalidCampaign, "A percentage discount cannot be more than 100 %.")
    }
  }
  if (terms.per_buyer_limit != null && (!Number.isInteger(terms.per_buyer_limit) || terms.per_buyer_limit < 1)) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "The limit per buyer must be a whole number of orders, at least 1.")
  }
  if (terms.budget != null && (!Number.isInteger(terms.budget) || terms.budget <= 0)) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "The budget must be a whole number of đồng above zero.")
  }
  if (!discount && (terms.per_buyer_limit != null || terms.budget != null)) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "A limit per buyer or a budget needs a discount: give the discount too, or leave them out.")
  }
}

/** A moment as the programme office reads it in a sentence: Vietnam's date and time, "04/12/2026 15:00". */
function inVietnam(at: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(at))
}

/** What the operator may change of a campaign's window once it is made. */
export type CampaignWindowChange = { starts_at?: Date | string; ends_at?: Date | string }

/**
 * The window a campaign will have after the change, or a refusal: an ended campaign stays as it
 * ran (its orders were priced by it); a started one keeps its start; the end comes after the
 * start and is still to come (ending at once is `campaignEndNow`'s).
 */
export function changedCampaignWindow(campaign: CampaignWindow, change: CampaignWindowChange, now: Date = new Date()): { starts_at: Date; ends_at: Date } {
  const at = now.getTime()
  const starts = new Date(campaign.starts_at)
  const ends = new Date(campaign.ends_at)
  if (ends.getTime() <= at) {
    throw new DomainRuleError(ERROR_CODES.campaignEnded, `This campaign ended on ${inVietnam(ends)} (Vietnam's time) and stays as it ran: make a new campaign instead.`)
  }
  const nextStarts = change.starts_at === undefined ? starts : new Date(change.starts_at)
  const nextEnds = change.ends_at === undefined ? ends : new Date(change.ends_at)
  if (!Number.isFinite(nextStarts.getTime()) || !Number.isFinite(nextEnds.getTime())) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "Give the campaign's start and end as dates and times.")
  }
  if (nextStarts.getTime() !== starts.getTime() && starts.getTime() <= at) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, `This campaign started on ${inVietnam(starts)} (Vietnam's time), so its start stays: change its end instead.`)
  }
  if (nextEnds.getTime() <= nextStarts.getTime()) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "The campaign must end after it starts: choose a later end time.")
  }
  if (nextEnds.getTime() <= at) {
    throw new DomainRuleError(ERROR_CODES.invalidCampaign, "That end has already passed: choose a time to come, or end the campaign now.")
  }
  return { starts_at: nextStarts, ends_at: nextEnds }
}

/** The moment a live campaign ends when the operator ends it now; one that has ended, or not started, cannot be ended. */
export function campaignEndNow(campaign: CampaignWindow, now: Date = new Date()): Date {
  const at = now.getTime()
  if (new Date(campaign.ends_at).getTime() <= at) {
    throw new DomainRuleError(ERROR_CODES.campaignEnded, `This campaign already ended on ${inVietnam(campaign.ends_at)} (Vietnam's time).`)
  }
  if (new Date(campaign.starts_at).getTime() > at) {
    throw new DomainRuleError(
      ERROR_CODES.campaignNotStarted,
      `This campaign has not started (it starts on ${inVietnam(campaign.starts_at)}, Vietnam's time), so there is nothing to end: change its start and end instead.`,
    )
  }
  return now
}
