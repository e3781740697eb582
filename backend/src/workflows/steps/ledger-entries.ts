/**
 * What an order credits its producers (@ocop/domain/ledger): each line once its money is in, the
 * web order's once a payment of it is captured, a counter sale's once it is completed; each
 * refund of a web order shared over its lines, each return at the counter for its lines. Planned
 * from the order as it stands, so running it again for the same order adds only what is new.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { commissionRateFor, lineCredit, shareRefund } from "@ocop/domain/ledger"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

type Amount = Parameters<typeof MathBN.convert>[0]
const toNumber = (value: Amount | null | undefined) => (value === null || value === undefined ? 0 : MathBN.convert(value).toNumber())

type OrderRow = {
  id: string
  display_id?: number | null
  status: string
  created_at: string | Date
  items?:
    | ({ id: string; title: string; product_id?: string | null; metadata?: Record<string, unknown> | null; total?: Amount; detail?: { quantity?: Amount } | null } | null)[]
    | null
  payment_collections?:
    | ({
        payments?: ({ captured_at?: string | Date | null; refunds?: ({ id: string; amount: Amount; created_at: string | Date } | null)[] | null } | null)[] | null
      } | null)[]
    | null
  pos_sale?: {
    id: string
    status: string
    created_at: string | Date
    lines?: { id: string; product_id: string; producer_id: string; title: string; quantity: number; total: number }[] | null
    returns?: { id: string; created_at: string | Date; lines: unknown }[] | null
  } | null
}

export type PlannedLedgerEntry = {
  key: string
  producer_id: string
  kind: "sale" | "refund"
  channel: "online" | "showroom"
  order_id: string
  order_display_id: number | null
  line_id: string
  product_id: string
  title: string
  quantity: number
  gross: number
  rate_bps: number
  commission: number
  net: number
  occurred_at: Date
}

type Line = { id: string; title: string; quantity: number; total: number; producer_id: string; product_id: string }

async function orderOf(container: MedusaContainer, orderId: string): Promise<OrderRow | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "created_at",
      // `total` makes the order module work out each line's total (after its discounts, VAT included).
      "total",
      "items.id",
      "items.title",
      "items.product_id",
      "items.metadata",
      "items.total",
      "items.detail.quantity",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.created_at",
      "pos_sale.id",
      "pos_sale.status",
      "pos_sale.created_at",
      "pos_sale.lines.*",
      "pos_sale.returns.*",
    ],
    filters: { id: orderId },
  })
  return (data as OrderRow[])[0]
}

/** Each product's producer and industry, for the commission rate that applies. */
async function producersOf(container: MedusaContainer, productIds: string[]) {
  const found = new Map<string, { producer_id: string | null; industry_code: string | null }>()
  if (productIds.length === 0) return found
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "producer.id", "product_set.industry.code"],
    filters: { id: productIds },
    withDeleted: true,
  })
  for (const product of data as { id: string; producer?: { id: string } | null; product_set?: { industry?: { code: string } | null } | null }[]) {
    found.set(product.id, { producer_id: product.producer?.id ?? null, industry_code: product.product_set?.industry?.code ?? null })
  }
  return found
}

const dateOf = (value: string | Date) => new Date(value)

export async function planLedgerEntries(container: MedusaContainer, orderId: string): Promise<PlannedLedgerEntry[]> {
  const order = await orderOf(container, orderId)
  if (!order || order.status === "draft") return []
  const sale = order.pos_sale ?? null
  const channel = sale ? "showroom" : "online"
  const payments = (order.payment_collections ?? []).flatMap((collection) => (collection?.payments ?? []).flatMap((payment) => (payment ? [payment] : [])))
  const capturedAt = payments
    .map((payment) => payment.captured_at)
    .filter((at): at is string | Date => Boolean(at))
    .map(dateOf)
    .sort((a, b) => a.getTime() - b.getTime())[0]

  const productIds = sale ? (sale.lines ?? []).map((line) => line.product_id) : (order.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : []))
  const products = await producersOf(container, [...new Set(productIds)])
  const lines: Line[] = sale
    ? (sale.lines ?? []).map((line) => ({ ...line }))
    : (order.items ?? []).flatMap((item) => {
        if (!item?.product_id) return []
        const producerId = products.get(item.product_id)?.producer_id ?? (item.metadata?.producer_id as string | undefined) ?? null
        if (!producerId) return []
        return [{ id: item.id, title: item.title, quantity: toNumber(item.detail?.quantity), total: Math.round(toNumber(item.total)), producer_id: producerId, product_id: item.product_id }]
      })

  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const rates = await ledger.listCommissionRates({})
  const rateOf = (line: Line) =>
    commissionRateFor(
      rates.map((rate) => ({ scope: rate.scope, scope_id: rate.scope_id || null, rate_bps: rate.rate_bps })),
      { producer_id: line.producer_id, industry_code: products.get(line.product_id)?.industry_code },
    ).rate_bps
  const recorded = await ledger.listLedgerEntries({ order_id: order.id, kind: "sale" }, { select: ["line_id", "rate_bps"] })
  const saleRate = new Map(recorded.map((entry) => [entry.line_id, entry.rate_bps]))
  const base = { channel, order_id: order.id, order_display_id: order.display_id ?? null } as const

  const planned: PlannedLedgerEntry[] = []
  const paidAt = sale ? (sale.status === "awaiting_transfer" ? null : dateOf(sale.created_at)) : (capturedAt ?? null)
  if (!paidAt) return planned
  for (const line of lines) {
    const rate = saleRate.get(line.id) ?? rateOf(line)
    saleRate.set(line.id, rate)
    planned.push({
      ...base,
      key: `${sale ? "pos-line" : "order-line"}:${line.id}`,
      producer_id: line.producer_id,
      kind: "sale",
      line_id: line.id,
      product_id: line.product_id,
      title: line.title,
      quantity: line.quantity,
      rate_bps: rate,
      ...lineCredit(line.total, rate),
      occurred_at: paidAt,
    })
  }

  const refund = (key: string, line: Line, amount: number, quantity: number, at: string | Date): PlannedLedgerEntry => {
    const rate = saleRate.get(line.id)!
    return {
      ...base,
      key,
      producer_id: line.producer_id,
      kind: "refund",
      line_id: line.id,
      product_id: line.product_id,
      title: line.title,
      quantity,
      rate_bps: rate,
      ...lineCredit(-amount, rate),
      occurred_at: dateOf(at),
    }
  }
  if (sale) {
    for (const back of sale.returns ?? []) {
      for (const returned of (back.lines as { line_id: string; quantity: number; amount: number }[]) ?? []) {
        const line = lines.find((candidate) => candidate.id === returned.line_id)
        if (line && returned.amount > 0) planned.push(refund(`pos-return:${back.id}:${line.id}`, line, returned.amount, returned.quantity, back.created_at))
      }
    }
  } else {
    for (const payment of payments) {
      for (const paidBack of payment.refunds ?? []) {
        if (!paidBack) continue
        for (const share of shareRefund(Math.round(toNumber(paidBack.amount)), lines)) {
          planned.push(refund(`refund:${paidBack.id}:${share.line.id}`, share.line, share.amount, 0, paidBack.created_at))
        }
      }
    }
  }
  return planned
}

/** Adds the order's entries not yet in the ledger; undone by removing what it added. */
export const recordLedgerEntriesStep = createStep(
  "record-ledger-entries",
  async (input: { order_id: string }, { container }) => {
    const planned = await planLedgerEntries(container, input.order_id)
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const known = new Set((await ledger.listLedgerEntries({ order_id: input.order_id }, { select: ["key"] })).map((entry) => entry.key))
    const added = planned.filter((entry) => !known.has(entry.key))
    const created = added.length ? await ledger.createLedgerEntries(added) : []
    return new StepResponse(
      created.map((entry) => entry.id),
      created.map((entry) => entry.id),
    )
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteLedgerEntries(createdIds)
  },
)
