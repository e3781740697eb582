/**
 * The showroom counter's rules (point of sale), one place for the backend's sale workflow, the
 * counter screen and its offline queue: what a sale comes to with its discounts, what a cashier may
 * do without a manager, how cash and VietQR pay it (and the change due), and what a shift's
 * report adds up to. Money is whole đồng, every amount an integer.
 */
import { MAX_LINE_QUANTITY } from "./cart-limits"
import { DomainRuleError, ERROR_CODES } from "./errors"

export const POS_STAFF_ROLES = ["cashier", "manager"] as const
export type PosStaffRole = (typeof POS_STAFF_ROLES)[number]

/**
 * A cashier may take off at most this share of a sale's value (line and order discounts together)
 * on their own; more needs a manager. A managed share, not an amount, so it scales from a 35.000 ₫
 * box of bánh nhãn to a 1.200.000 ₫ gift basket.
 */
export const CASHIER_DISCOUNT_LIMIT_PERCENT = 10

/** The notes the counter offers as quick buttons for the cash tendered, 10.000 to 500.000 ₫. */
export const CASH_QUICK_NOTES = [10_000, 20_000, 50_000, 100_000, 200_000, 500_000] as const

export const POS_PAYMENT_METHODS = ["cash", "vietqr"] as const
export type PosPaymentMethod = (typeof POS_PAYMENT_METHODS)[number]

/** The till a shift is opened on when the counter names none: a showroom has one drawer unless it says otherwise. */
export const DEFAULT_TILL = "Quầy 1"

export type PosDiscount = { amount: number; reason?: string | null }
export type PosLineInput = { unitPrice: number; quantity: number; discount?: PosDiscount | null }

export type PricedLine = {
  unitPrice: number
  quantity: number
  /** unitPrice × quantity. */
  gross: number
  lineDiscount: number
  lineDiscountReason: string | null
  /** This line's part of the order discount, so each producer is credited what its line really brought. */
  orderDiscountShare: number
  /** What the line is sold for: gross less both discounts. */
  total: number
}

export type PricedSale = {
  lines: PricedLine[]
  /** Sum of the lines' gross. */
  subtotal: number
  orderDiscount: number
  orderDiscountReason: string | null
  /** Line and order discounts together. */
  discountTotal: number
  total: number
}

const refuse = (message: string): never => {
  throw new DomainRuleError(ERROR_CODES.invalidPosSale, message)
}

const isWholeDong = (amount: unknown): amount is number => typeof amount === "number" && Number.isSafeInteger(amount) && amount >= 0

function reasonOf(discount: PosDiscount | null | undefined, what: string): string | null {
  if (!discount || discount.amount === 0) return null
  const reason = discount.reason?.normalize("NFC").trim()
  if (!reason) refuse(`Say why ${what} is discounted (reason): the manager and the report read it.`)
  return reason as string
}

/**
 * What a sale comes to. Each line's discount is at most its gross; the order discount at most what
 * the lines come to after theirs, and is shared among the lines in proportion to what each comes
 * to (the đồng left by rounding go to the largest lines first), so the lines' totals add up to the
 * sale's total exactly.
 */
export function priceSale(lines: readonly PosLineInput[], orderDiscount?: PosDiscount | null): PricedSale {
  if (lines.length === 0) refuse("A sale has at least one line: scan or pick a product first.")
  const priced = lines.map((line, index) => {
    const which = `line ${index + 1}`
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY) {
      refuse(`The quantity of ${which} is a whole number from 1 to ${MAX_LINE_QUANTITY}.`)
    }
    if (!isWholeDong(line.unitPrice)) refuse(`The price of ${which} is a whole number of đồng.`)
    const gross = line.unitPrice * line.quantity
    const lineDiscount = line.discount?.amount ?? 0
    if (!isWholeDong(lineDiscount)) refuse(`The discount of ${which} is a whole number of đồng, 0 or more.`)
    if (lineDiscount > gross) refuse(`The discount of ${which} (${lineDiscount} ₫) is more than the line's ${gross} ₫.`)
    return { unitPrice: line.unitPrice, quantity: line.quantity, gross, lineDiscount, lineDiscountReason: reasonOf(line.discount, which), orderDiscountShare: 0, total: gross - lineDiscount }
  })
  const subtotal = priced.reduce((sum, line) => sum + line.gross, 0)
  const afterLines = priced.reduce((sum, line) => sum + line.total, 0)
  const discount = orderDiscount?.amount ?? 0
  if (!isWholeDong(discount)) refuse("The order discount is a whole number of đồng, 0 or more.")
  if (discount > afterLines) refuse(`The order discount (${discount} ₫) is more than the sale's ${afterLines} ₫.`)
  const orderDiscountReason = reasonOf(orderDiscount, "the order")

  if (discount > 0) {
    const shares = priced.map((line, index) => {
      const exact = (discount * line.total) / afterLines
      return { index, share: Math.floor(exact), remainder: exact - Math.floor(exact) }
    })
    let left = discount - shares.reduce((sum, s) => sum + s.share, 0)
    for (const s of [...shares].sort((a, b) => b.remainder - a.remainder || priced[b.index]!.total - priced[a.index]!.total)) {
      if (left === 0) break
      s.share++
      left--
    }
    for (const s of shares) {
      const line = priced[s.index]!
      line.orderDiscountShare = s.share
      line.total -= s.share
    }
  }
  const discountTotal = subtotal - afterLines + discount
  return { lines: priced, subtotal, orderDiscount: discount, orderDiscountReason, discountTotal, total: subtotal - discountTotal }
}

/** Whether the sale's discounts go beyond what a cashier may give alone. */
export function discountNeedsManager(sale: Pick<PricedSale, "subtotal" | "discountTotal">): boolean {
  return sale.discountTotal * 100 > sale.subtotal * CASHIER_DISCOUNT_LIMIT_PERCENT
}

/**
 * What the counter asks a manager for: a discount beyond the cashier's limit, selling more of a
 * pack than the showroom holds, closing a shift. `approver` is the manager who approved (their own
 * session, or their approval sent with a cashier's request), if any.
 */
export function assertManagerFor(action: string, acting: { role: PosStaffRole }, approver?: { role: PosStaffRole } | null): void {
  if (acting.role === "manager" || approver?.role === "manager") return
  throw new DomainRuleError(ERROR_CODES.posManagerRequired, `Only a manager may ${action}: ask the showroom's manager to approve it or do it.`)
}

export type PosPaymentInput = { method: PosPaymentMethod; amount: number; tendered?: number | null }

export type SettledPayments = {
  cash: { amount: number; tendered: number; change: number } | null
  /** Pending until the bank's notification says the transfer arrived. */
  vietqr: { amount: number } | null
}

/** The change due for cash tendered against the cash part of a sale. */
export function changeDue(amount: number, tendered: number): number {
  if (!isWholeDong(amount) || !isWholeDong(tendered)) refuse("Cash amounts are whole numbers of đồng.")
  if (tendered < amount) {
    throw new DomainRuleError(ERROR_CODES.posPaymentMismatch, `The cash tendered (${tendered} ₫) is less than the ${amount} ₫ to pay in cash: take ${amount - tendered} ₫ more.`)
  }
  return tendered - amount
}

/**
 * How the sale is paid: cash, a VietQR transfer, or both, each once, adding up to the total exactly.
 * Cash may be tendered above its part (the change is given back); a transfer is for its exact part.
 */
export function settlePayments(total: number, payments: readonly PosPaymentInput[]): SettledPayments {
  const mismatch = (message: string): never => {
    throw new DomainRuleError(ERROR_CODES.posPaymentMismatch, message)
  }
  if (payments.length === 0 && total > 0) mismatch(`Say how the ${total} ₫ is paid: cash, VietQR, or both.`)
  const settled: SettledPayments = { cash: null, vietqr: null }
  for (const payment of payments) {
    if (!POS_PAYMENT_METHODS.includes(payment.method)) mismatch(`A counter sale is paid in cash or by VietQR, not "${String(payment.method)}".`)
    if (settled[payment.method]) mismatch(`Give the ${payment.method} payment once, with its whole amount.`)
    if (!isWholeDong(payment.amount) || payment.amount === 0) mismatch(`The ${payment.method} amount is a whole number of đồng above 0.`)
    if (payment.method === "cash") {
      const tendered = payment.tendered ?? payment.amount
      settled.cash = { amount: payment.amount, tendered, change: changeDue(payment.amount, tendered) }
    } else {
      if (payment.tendered != null) mismatch("A VietQR transfer is for its exact amount: only cash is tendered.")
      settled.vietqr = { amount: payment.amount }
    }
  }
  const paid = (settled.cash?.amount ?? 0) + (settled.vietqr?.amount ?? 0)
  if (paid !== total) mismatch(`The payments add up to ${paid} ₫ but the sale comes to ${total} ₫: make them match.`)
  return settled
}

export type CashMovement = { kind: "in" | "out"; amount: number; reason: string }

/** Cash put into or taken out of the drawer during a shift (change brought, a supplier paid): always with its reason. */
export function checkCashMovement(movement: { kind: string; amount: number; reason?: string | null }): CashMovement {
  if (movement.kind !== "in" && movement.kind !== "out") refuse('Cash goes "in" or "out" of the drawer.')
  if (!isWholeDong(movement.amount) || movement.amount === 0) refuse("The cash moved is a whole number of đồng above 0.")
  const reason = movement.reason?.normalize("NFC").trim()
  if (!reason) refuse("Say why the cash moves (reason): it is read when the drawer is counted.")
  return { kind: movement.kind as "in" | "out", amount: movement.amount, reason: reason as string }
}

export type ShiftSale = {
  /** Sales refunded or cancelled are not counted. */
  counted: boolean
  /** A VietQR payment is pending until the bank's notification confirms it. */
  payments: readonly { method: PosPaymentMethod; amount: number; pending?: boolean }[]
  /** A refunded line's producer is owed nothing for it; its cash went back out as a movement. */
  lines: readonly { producerId: string; producerName: string; total: number; refunded?: boolean }[]
}

export type ShiftReport = {
  salesCount: number
  salesTotal: number
  byPaymentMethod: Record<PosPaymentMethod, number>
  /** The part of the VietQR total whose transfers the bank has not confirmed yet. */
  vietqrPending: number
  byProducer: { producerId: string; producerName: string; total: number }[]
  openingFloat: number
  cashIn: number
  cashOut: number
  /** What the drawer should hold: the float, cash sales (net of change), cash in, less cash out. */
  expectedCash: number
  countedCash: number | null
  /** Counted less expected: below 0 the drawer is short, above 0 over; null until counted. */
  difference: number | null
}

/** The end-of-day (or any moment's) report of a shift. */
export function shiftReport(input: {
  openingFloat: number
  movements: readonly { kind: "in" | "out"; amount: number }[]
  sales: readonly ShiftSale[]
  countedCash?: number | null
}): ShiftReport {
  const byPaymentMethod: Record<PosPaymentMethod, number> = { cash: 0, vietqr: 0 }
  const producers = new Map<string, { producerId: string; producerName: string; total: number }>()
  let salesCount = 0
  let vietqrPending = 0
  for (const sale of input.sales) {
    if (!sale.counted) continue
    salesCount++
    for (const payment of sale.payments) {
      byPaymentMethod[payment.method] += payment.amount
      if (payment.pending) vietqrPending += payment.amount
    }
    for (const line of sale.lines) {
      if (line.refunded) continue
      const entry = producers.get(line.producerId) ?? { producerId: line.producerId, producerName: line.producerName, total: 0 }
      entry.total += line.total
      producers.set(line.producerId, entry)
    }
  }
  const cashIn = input.movements.filter((m) => m.kind === "in").reduce((sum, m) => sum + m.amount, 0)
  const cashOut = input.movements.filter((m) => m.kind === "out").reduce((sum, m) => sum + m.amount, 0)
  const expectedCash = input.openingFloat + byPaymentMethod.cash + cashIn - cashOut
  const countedCash = input.countedCash ?? null
  return {
    salesCount,
    salesTotal: byPaymentMethod.cash + byPaymentMethod.vietqr,
    byPaymentMethod,
    vietqrPending,
    byProducer: [...producers.values()].sort((a, b) => b.total - a.total || a.producerName.localeCompare(b.producerName, "vi")),
    openingFloat: input.openingFloat,
    cashIn,
    cashOut,
    expectedCash,
    countedCash,
    difference: countedCash === null ? null : countedCash - expectedCash,
  }
}

/** A cash float or a counted drawer: whole đồng, 0 or more. */
export function checkCashCount(amount: unknown, what: string): number {
  if (!isWholeDong(amount)) refuse(`${what} is a whole number of đồng, 0 or more.`)
  return amount as number
}

/** How long a manager's approval, asked for on the counter, stays good for the one sale it approves. */
export const POS_APPROVAL_MINUTES = 5

export type ReturnableLine = {
  id: string
  variantId: string
  quantity: number
  /** What the line was sold for, after its discount and its share of the order's. */
  total: number
  returnedQuantity: number
  returnedAmount: number
}

export type ReturnableSale = { status: string; lines: readonly ReturnableLine[]; received: number; paidBack: number }

/** A recorded sale as the counter API and the `pos` module give it (snake_case), read as what planReturn reckons with. */
export function returnableSale(sale: {
  status: string
  lines: readonly { id: string; variant_id: string; quantity: number; total: number; returned_quantity: number; returned_amount: number }[]
  payments: readonly { status: string; amount: number }[]
  returns: readonly { amount: number }[]
}): ReturnableSale {
  return {
    status: sale.status,
    lines: sale.lines.map((line) => ({
      id: line.id,
      variantId: line.variant_id,
      quantity: line.quantity,
      total: line.total,
      returnedQuantity: line.returned_quantity,
      returnedAmount: line.returned_amount,
    })),
    // What the sale brought in: cash, and a transfer once the bank confirmed it; one not confirmed pays nothing back.
    received: sale.payments.filter((payment) => payment.status === "captured").reduce((sum, payment) => sum + payment.amount, 0),
    paidBack: sale.returns.reduce((sum, entry) => sum + entry.amount, 0),
  }
}

export type ReturnRequestLine = { lineId?: string | null; variantId?: string | null; quantity: number }

export type PlannedReturn = {
  /** Per line: the packs brought back and what they were sold for, prorated to the đồng. */
  lines: { lineId: string; quantity: number; amount: number }[]
  /** What the lines' packs were sold for together: the producers' credits go down by it. */
  linesAmount: number
  /** Cash paid back from the drawer: the lines' amount, but never more than the sale brought in and has not paid back yet. */
  amount: number
  reason: string
}

/**
 * What `count` more packs of a line were sold for: the line's total prorated per pack, counted
 * from the packs returned before, so the đồng lost by rounding down come back with the last pack
 * and every pack of a line returned adds up to its total exactly, never more.
 */
export function returnedAmountOf(line: Pick<ReturnableLine, "quantity" | "total" | "returnedQuantity" | "returnedAmount">, count: number): number {
  const upTo = line.returnedQuantity + count
  return Math.floor((line.total * upTo) / line.quantity) - line.returnedAmount
}

function reasonFor(reason: string | null | undefined, what: string): string {
  const why = reason?.normalize("NFC").trim()
  if (!why) refuse(`Say why ${what} (reason): the report and the producers' statements read it.`)
  return why as string
}

/**
 * Packs of a sale brought back: each asked for by its line's id or by its pack (variant), the
 * packs of a pack sold on several lines taken from the first line with some left. More than is
 * left of a line or a pack is refused, saying how many are left. `received` is what the sale
 * brought in (cash, and a transfer once confirmed) and `paidBack` what returns gave back already.
 */
export function planReturn(
  sale: ReturnableSale,
  wanted: readonly ReturnRequestLine[],
  reason?: string | null,
): PlannedReturn {
  if (sale.status === "refunded") throw new DomainRuleError(ERROR_CODES.posSaleAlreadyRefunded, "This sale was refunded already: nothing is left to give back.")
  const why = reasonFor(reason, "the packs are returned")
  if (wanted.length === 0) refuse("Say which packs come back (lines): at least one, with its quantity.")
  const left = new Map(sale.lines.map((line) => [line.id, line.quantity - line.returnedQuantity]))
  const taken = new Map<string, number>()
  wanted.forEach((request, index) => {
    const which = `line ${index + 1} of the return`
    if (!Number.isSafeInteger(request.quantity) || request.quantity < 1) refuse(`The quantity of ${which} is a whole number of packs, 1 or more.`)
    const candidates = request.lineId
      ? sale.lines.filter((line) => line.id === request.lineId)
      : request.variantId
        ? sale.lines.filter((line) => line.variantId === request.variantId)
        : refuse(`Name the sale's line (line_id) or its pack (variant_id) for ${which}.`)
    if (candidates.length === 0) refuse(`${request.lineId ?? request.variantId} (${which}) is not on this sale: pick a line of its receipt.`)
    let wantedPacks = request.quantity
    for (const line of candidates) {
      const take = Math.min(wantedPacks, left.get(line.id)!)
      if (take === 0) continue
      left.set(line.id, left.get(line.id)! - take)
      taken.set(line.id, (taken.get(line.id) ?? 0) + take)
      wantedPacks -= take
      if (wantedPacks === 0) break
    }
    if (wantedPacks > 0) {
      const remaining = request.quantity - wantedPacks
      throw new DomainRuleError(
        ERROR_CODES.posReturnExceedsSale,
        `Only ${remaining} of ${which} ${remaining === 1 ? "is" : "are"} left to return on this sale (the rest came back already): return at most ${remaining}.`,
      )
    }
  })
  const lines = sale.lines
    .filter((line) => taken.has(line.id))
    .map((line) => ({ lineId: line.id, quantity: taken.get(line.id)!, amount: returnedAmountOf(line, taken.get(line.id)!) }))
  const linesAmount = lines.reduce((sum, line) => sum + line.amount, 0)
  return { lines, linesAmount, amount: Math.max(0, Math.min(linesAmount, sale.received - sale.paidBack)), reason: why }
}

/**
 * A manager's refund of a whole sale: the return of every pack still on it, its cash paid back
 * from the drawer of the shift open at the time (so that shift's report counts it as cash out).
 */
export function refundOf(sale: ReturnableSale, reason?: string | null): PlannedReturn {
  if (sale.status === "refunded") throw new DomainRuleError(ERROR_CODES.posSaleAlreadyRefunded, "This sale was refunded already: nothing is left to give back.")
  const why = reasonFor(reason, "the sale is refunded")
  const rest = sale.lines.filter((line) => line.quantity > line.returnedQuantity).map((line) => ({ lineId: line.id, quantity: line.quantity - line.returnedQuantity }))
  if (rest.length === 0) return { lines: [], linesAmount: 0, amount: 0, reason: why }
  return planReturn(sale, rest, why)
}

/**
 * A customer's email as the counter's screen shows it, which the customer standing there may see
 * but a passer-by should not read whole: the first letter of the name, stars, the domain as is
 * ("b***@ocop.example.vn").
 */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf("@")
  if (at < 1) return "***"
  return `${email[0]}***${email.slice(at)}`
}
