import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { DomainRuleError } from "./errors"
import {
  type CommissionRate,
  commissionOn,
  commissionRateFor,
  DEFAULT_COMMISSION_BPS,
  ledgerSummary,
  lineCredit,
  rateBpsOfPercent,
  settlementAmount,
  settlementPurpose,
  shareRefund,
} from "./ledger"

describe("commissionRateFor", () => {
  const rates: CommissionRate[] = [
    { scope: "default", scope_id: null, rate_bps: 1000 },
    { scope: "industry", scope_id: "I", rate_bps: 700 },
    { scope: "producer", scope_id: "pdr_tai_hoan", rate_bps: 500 },
  ]

  it("takes the producer's own rate first, then its industry's, then the platform's", () => {
    assert.deepEqual(commissionRateFor(rates, { producer_id: "pdr_tai_hoan", industry_code: "I" }), { rate_bps: 500, scope: "producer" })
    assert.deepEqual(commissionRateFor(rates, { producer_id: "pdr_other", industry_code: "I" }), { rate_bps: 700, scope: "industry" })
    assert.deepEqual(commissionRateFor(rates, { producer_id: "pdr_other", industry_code: "III" }), { rate_bps: 1000, scope: "default" })
  })

  it("falls back to the built-in default when the platform set none", () => {
    assert.deepEqual(commissionRateFor([], { producer_id: "pdr_other" }), { rate_bps: DEFAULT_COMMISSION_BPS, scope: "default" })
  })
})

describe("rates and commission", () => {
  it("reads a percentage with up to two decimals, and refuses any other", () => {
    assert.equal(rateBpsOfPercent(8), 800)
    assert.equal(rateBpsOfPercent(7.25), 725)
    assert.equal(rateBpsOfPercent(0), 0)
    for (const bad of [-1, 100.5, 7.125, Number.NaN]) assert.throws(() => rateBpsOfPercent(bad), DomainRuleError)
  })

  it("rounds the commission to the nearest đồng, symmetric for a refund", () => {
    assert.equal(commissionOn(125_000, 800), 10_000)
    assert.equal(commissionOn(12_345, 800), 988) // 987.6
    assert.equal(commissionOn(1_250, 400), 50)
    assert.equal(commissionOn(12_500, 1), 1) // 1.25 → 1
    assert.equal(commissionOn(15_000, 1), 2) // 1.5 → 2
    assert.equal(commissionOn(-12_345, 800), -988)
  })

  it("credits a line's total less its commission", () => {
    assert.deepEqual(lineCredit(60_000, 800), { gross: 60_000, commission: 4_800, net: 55_200 })
    assert.throws(() => lineCredit(60_000.5, 800), RangeError)
  })
})

describe("shareRefund", () => {
  const lines = [
    { id: "a", total: 60_000 },
    { id: "b", total: 30_000 },
    { id: "c", total: 10_000 },
  ]

  it("shares a refund by the lines' totals, adding up to the đồng", () => {
    const shares = shareRefund(33_333, lines)
    assert.deepEqual(
      shares.map((share) => [share.line.id, share.amount]),
      [
        ["a", 20_000],
        ["b", 10_000],
        ["c", 3_333],
      ],
    )
    const odd = shareRefund(10, [
      { id: "x", total: 1 },
      { id: "y", total: 1 },
      { id: "z", total: 1 },
    ])
    assert.equal(
      odd.reduce((sum, share) => sum + share.amount, 0),
      3,
      "a refund beyond the lines is capped at their total",
    )
    const third = shareRefund(100, [
      { id: "x", total: 1 },
      { id: "y", total: 1 },
      { id: "z", total: 1 },
    ].map((line) => ({ ...line, total: 300 })))
    assert.deepEqual(
      third.map((share) => share.amount),
      [34, 33, 33],
    )
  })

  it("leaves what a refund holds beyond the lines (shipping) out", () => {
    const all = shareRefund(130_000, lines)
    assert.deepEqual(
      all.map((share) => share.amount),
      [60_000, 30_000, 10_000],
    )
    assert.deepEqual(shareRefund(0, lines), [])
  })
})

describe("settlements", () => {
  const entries = [
    { kind: "sale", gross: 100_000, commission: 8_000, net: 92_000, settlement_id: "set_1" },
    { kind: "refund", gross: -50_000, commission: -4_000, net: -46_000, settlement_id: null },
    { kind: "sale", gross: 60_000, commission: 4_800, net: 55_200, settlement_id: null },
  ]

  it("sums sales, refunds, commission, what was settled and what is due", () => {
    assert.deepEqual(ledgerSummary(entries), { sales: 160_000, refunds: 50_000, commission: 8_800, settled: 92_000, due: 9_200 })
  })

  it("pays the net of the unsettled entries, a refund after settlement taken from it", () => {
    assert.equal(settlementAmount(entries.filter((entry) => !entry.settlement_id)), 9_200)
  })

  it("pays nothing when nothing is due, or when refunds since outweigh the sales", () => {
    assert.throws(() => settlementAmount([]), /no unsettled sale/)
    assert.throws(() => settlementAmount([entries[1]!]), /owes 46000 ₫ from refunds after its last settlement; it is carried into the next period/)
  })

  it("describes the transfer in ASCII within 25 characters", () => {
    assert.equal(settlementPurpose(42), "OCOP TT 000042")
  })
})
