import assert from "node:assert/strict"
import { test } from "node:test"
import { assertCampaignTerms, campaignEndNow, campaignOffer, campaignPrice, changedCampaignWindow, discountIsWholeDong, isCampaignLive, nextCampaignChange } from "./campaigns"
import { DomainRuleError } from "./errors"

const start = "2026-12-01T01:00:00.000Z"
const end = "2026-12-04T05:00:00.000Z"

test("a campaign's price takes the discount off a unit, in whole đồng, never below zero", () => {
  assert.equal(campaignPrice(120_000, { type: "percentage", value: 10 }), 108_000)
  assert.equal(campaignPrice(45_500, { type: "percentage", value: 15 }), 38_675)
  // 33.333 × 7 % = 2.333,31: the đồng is rounded
  assert.equal(campaignPrice(33_333, { type: "percentage", value: 7 }), 31_000)
  assert.equal(campaignPrice(120_000, { type: "fixed", value: 20_000 }), 100_000)
  assert.equal(campaignPrice(15_000, { type: "fixed", value: 20_000 }), 0)
  assert.equal(campaignPrice(120_000, { type: "percentage", value: 100 }), 0)
  assert.equal(campaignPrice(120_000, null), 120_000)
})

test("a percentage of a price takes whole đồng off only where Medusa's unrounded amount is whole", () => {
  assert.equal(discountIsWholeDong(45_500, { type: "percentage", value: 15 }), true)
  assert.equal(discountIsWholeDong(33_333, { type: "percentage", value: 7 }), false)
  assert.equal(discountIsWholeDong(33_333, { type: "fixed", value: 7 }), true)
})

test("a campaign runs from its start to just before its end", () => {
  assert.equal(isCampaignLive({ starts_at: start, ends_at: end }, new Date(start)), true)
  assert.equal(isCampaignLive({ starts_at: start, ends_at: end }, new Date("2026-12-04T04:59:59.999Z")), true)
  assert.equal(isCampaignLive({ starts_at: start, ends_at: end }, new Date(end)), false)
  assert.equal(isCampaignLive({ starts_at: start, ends_at: end }, new Date("2026-12-01T00:59:59.000Z")), false)
})

test("the next change is the nearest start or end still to come", () => {
  const now = new Date("2026-12-02T00:00:00.000Z")
  const later = { starts_at: "2026-12-03T00:00:00.000Z", ends_at: "2026-12-10T00:00:00.000Z" }
  assert.equal(nextCampaignChange([{ starts_at: start, ends_at: end }, later], now)?.toISOString(), "2026-12-03T00:00:00.000Z")
  assert.equal(nextCampaignChange([{ starts_at: start, ends_at: "2026-12-01T02:00:00.000Z" }], now), null)
})

test("a product's offer is the first live campaign with a discount that holds it", () => {
  const now = new Date("2026-12-02T00:00:00.000Z")
  const ended = { handle: "ended", starts_at: start, ends_at: "2026-12-01T02:00:00.000Z", product_ids: ["prod_1"], discount: { type: "fixed" as const, value: 5_000 } }
  const noDiscount = { handle: "plain", starts_at: start, ends_at: end, product_ids: ["prod_1"], discount: null }
  const live = { handle: "live", starts_at: start, ends_at: end, product_ids: ["prod_1"], discount: { type: "percentage" as const, value: 10 } }
  const offer = campaignOffer([ended, noDiscount, live], "prod_1", 120_000, now)
  assert.equal(offer?.campaign.handle, "live")
  assert.equal(offer?.price, 108_000)
  assert.equal(campaignOffer([live], "prod_2", 120_000, now), null)
})

function refusal(terms: Parameters<typeof assertCampaignTerms>[0]): string {
  try {
    assertCampaignTerms(terms)
  } catch (error) {
    assert.ok(error instanceof DomainRuleError)
    assert.equal(error.code, "invalid_campaign")
    return error.message
  }
  return "accepted"
}

test("a campaign's terms are refused with a sentence when they make no campaign", () => {
  assert.equal(refusal({ starts_at: start, ends_at: end, discount: { type: "percentage", value: 10 }, per_buyer_limit: 1, budget: 500_000 }), "accepted")
  assert.match(refusal({ starts_at: end, ends_at: start }), /end after it starts/)
  assert.match(refusal({ starts_at: "soon", ends_at: end }), /dates and times/)
  assert.match(refusal({ starts_at: start, ends_at: end, discount: { type: "percentage", value: 120 } }), /more than 100 %/)
  assert.match(refusal({ starts_at: start, ends_at: end, discount: { type: "fixed", value: 0 } }), /above zero/)
  assert.match(refusal({ starts_at: start, ends_at: end, discount: { type: "fixed", value: 1_000 }, budget: -1 }), /budget/)
  assert.match(refusal({ starts_at: start, ends_at: end, discount: { type: "fixed", value: 1_000 }, per_buyer_limit: 0 }), /limit per buyer/)
  assert.match(refusal({ starts_at: start, ends_at: end, budget: 100_000 }), /needs a discount/)
})

function refusalOf(rule: () => unknown): { code: string; message: string } | "accepted" {
  try {
    rule()
  } catch (error) {
    assert.ok(error instanceof DomainRuleError)
    return { code: error.code, message: error.message }
  }
  return "accepted"
}

test("a campaign's window changes until it ends: a started one keeps its start, and the end stays after the start and to come", () => {
  const running = { starts_at: start, ends_at: end }
  const during = new Date("2026-12-02T00:00:00.000Z")
  assert.deepEqual(changedCampaignWindow(running, { ends_at: "2026-12-10T05:00:00.000Z" }, during), {
    starts_at: new Date(start),
    ends_at: new Date("2026-12-10T05:00:00.000Z"),
  })
  // The same start sent back is no change.
  assert.equal(changedCampaignWindow(running, { starts_at: start }, during).starts_at.toISOString(), start)
  const before = new Date("2026-11-30T00:00:00.000Z")
  assert.equal(changedCampaignWindow(running, { starts_at: "2026-12-02T01:00:00.000Z" }, before).starts_at.toISOString(), "2026-12-02T01:00:00.000Z")

  assert.deepEqual(refusalOf(() => changedCampaignWindow(running, { starts_at: "2026-12-02T01:00:00.000Z" }, during)), {
    code: "invalid_campaign",
    message: "This campaign started on 01/12/2026, 08:00 (Vietnam's time), so its start stays: change its end instead.",
  })
  assert.match(JSON.stringify(refusalOf(() => changedCampaignWindow(running, { ends_at: "2026-11-30T01:00:00.000Z" }, before))), /end after it starts/)
  assert.match(JSON.stringify(refusalOf(() => changedCampaignWindow(running, { ends_at: "2026-12-01T12:00:00.000Z" }, during))), /already passed/)
  assert.deepEqual(refusalOf(() => changedCampaignWindow(running, { ends_at: "2026-12-20T00:00:00.000Z" }, new Date("2026-12-05T00:00:00.000Z"))), {
    code: "campaign_ended",
    message: "This campaign ended on 04/12/2026, 12:00 (Vietnam's time) and stays as it ran: make a new campaign instead.",
  })
})

test("a live campaign ends now; an ended one or one still to start cannot be ended", () => {
  const running = { starts_at: start, ends_at: end }
  const during = new Date("2026-12-02T00:00:00.000Z")
  assert.equal(campaignEndNow(running, during), during)
  assert.equal((refusalOf(() => campaignEndNow(running, new Date("2026-12-05T00:00:00.000Z"))) as { code: string }).code, "campaign_ended")
  assert.deepEqual(refusalOf(() => campaignEndNow(running, new Date("2026-11-30T00:00:00.000Z"))), {
    code: "campaign_not_started",
    message: "This campaign has not started (it starts on 01/12/2026, 08:00, Vietnam's time), so there is nothing to end: change its start and end instead.",
  })
})
