/**
 * The producers' ledger: every paid line, online or at a showroom's counter, credits its producer
 * with the line's total less the platform's commission; a refund takes back its share; the
 * programme office settles what is due by a VietQR transfer. Whole đồng throughout.
 */
import { DomainRuleError, ERROR_CODES } from "./errors"
import { MAX_PURPOSE_LENGTH } from "./vietqr"

/** A commission rate in basis points (1/100 of a percent): 800 is 8 %. */
export type RateBps = number

/** The rate applied where none was set for the producer, its industry or the platform. */
export const DEFAULT_COMMISSION_BPS: RateBps = 800

export const COMMISSION_SCOPES = ["default", "industry", "producer"] as const
export type CommissionScope = (typeof COMMISSION_SCOPES)[number]

export type CommissionRate = { scope: CommissionScope; scope_id: string | null; rate_bps: RateBps }

/** The producer's own rate, else its industry's, else the platform's default, else DEFAULT_COMMISSION_BPS. */
export function commissionRateFor(
  rates: readonly CommissionRate[],
  target: { producer_id: string; industry_code?: string | null },
): { rate_bps: RateBps; scope: CommissionScope } {
  const producer = rates.find((rate) => rate.scope === "producer" && rate.scope_id === target.producer_id)
  if (producer) return { rate_bps: producer.rate_bps, scope: "producer" }
  const industry = target.industry_code ? rates.find((rate) => rate.scope === "industry" && rate.scope_id === target.industry_code) : undefined
  if (industry) return { rate_bps: industry.rate_bps, scope: "industry" }
  const platform = rates.find((rate) => rate.scope === "default")
  return { rate_bps: platform?.rate_bps ?? DEFAULT_COMMISSION_BPS, scope: "default" }
}

/** A rate as an operator types it: a percentage with at most two decimals, 0 to 100. */
export function rateBpsOfPercent(percent: number): RateBps {
  const bps = Math.round(percent * 100)
  if (!Number.isFinite(percent) || percent < 0 || percent > 100 || Math.abs(bps - percent * 100) > 1e-6) {
    throw new DomainRuleError(ERROR_CODES.invalidCommissionRate, `A commission rate is a percentage from 0 to 100 with at most two decimals, e.g. 8 or 7.5; got ${percent}.`)
  }
  return bps
}

/** The commission on an amount at a rate, rounded to the nearest đồng (halves up, and down for a refund's negative amount). */
export function commissionOn(amount: number, rateBps: RateBps): number {
  const sign = amount < 0 ? -1 : 1
  return sign * Math.floor((Math.abs(amount) * rateBps + 5_000) / 10_000)
}

/** What a line credits its producer: its total, the commission on it, and the rest. */
export function lineCredit(gross: number, rateBps: RateBps): { gross: number; commission: number; net: number } {
  if (!Number.isSafeInteger(gross)) throw new RangeError(`A line's total is whole đồng; got ${gross}.`)
  const commission = commissionOn(gross, rateBps)
  return { gross, commission, net: gross - commission }
}

/**
 * A refund of an order shared over its lines in proportion to their totals (largest remainder, so
 * the shares add up to the đồng); what the refund holds beyond the lines (shipping) is not theirs.
 */
export function shareRefund<L extends { id: string; total: number }>(amount: number, lines: readonly L[]): { line: L; amount: number }[] {
  const linesTotal = lines.reduce((sum, line) => sum + line.total, 0)
  const refunded = Math.min(amount, linesTotal)
  if (refunded <= 0 || linesTotal <= 0) return []
  const exact = lines.map((line) => (refunded * line.total) / linesTotal)
  const shares = exact.map(Math.floor)
  let left = refunded - shares.reduce((sum, share) => sum + share, 0)
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (left <= 0) break
    shares[index]! += 1
    left -= 1
  }
  return lines.map((line, index) => ({ line, amount: shares[index]! })).filter((share) => share.amount > 0)
}

export type LedgerEntryLike = { gross: number; commission: number; net: number; settlement_id?: string | null }

/** A producer's figures over entries: sales, commission, refunds and what is still due (not yet settled). */
export function ledgerSummary(entries: readonly (LedgerEntryLike & { kind: string })[]) {
  let sales = 0
  let refunds = 0
  let commission = 0
  let due = 0
  let settled = 0
  for (const entry of entries) {
    if (entry.kind === "sale") sales += entry.gross
    else refunds -= entry.gross
    commission += entry.commission
    if (entry.settlement_id) settled += entry.net
    else due += entry.net
  }
  return { sales, refunds, commission, settled, due }
}

/**
 * What a settlement pays: the net of the unsettled entries. A balance of 0 or less (a refund after
 * the last settlement larger than the sales since) pays nothing and waits for later sales.
 */
export function settlementAmount(unsettled: readonly LedgerEntryLike[]): number {
  const amount = unsettled.reduce((sum, entry) => sum + entry.net, 0)
  if (amount <= 0) {
    throw new DomainRuleError(
      ERROR_CODES.nothingToSettle,
      amount === 0
        ? "Nothing is due to this producer for the period: there is no unsettled sale."
        : `This producer owes ${-amount} ₫ from refunds after its last settlement; it is carried into the next period and taken from later sales.`,
    )
  }
  return amount
}

/** The transfer's description, which the producer's bank statement shows: "OCOP TT" and the settlement's number, ASCII, within NAPAS's 25 characters. */
export function settlementPurpose(settlementNumber: number): string {
  const purpose = `OCOP TT ${String(settlementNumber).padStart(6, "0")}`
  if (purpose.length > MAX_PURPOSE_LENGTH) throw new RangeError(`Settlement number ${settlementNumber} is too long for a transfer's description.`)
  return purpose
}
