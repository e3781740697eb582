/**
 * A counter sale recorded exactly once per idempotency key of its showroom, however often the
 * device sends it (a retry after a timeout whose request did land, two sends at once from an
 * offline queue): the first send runs complete-pos-sale, every later one answers the sale it
 * recorded. Two sends at once meet the workflow's lock on the key, then the unique index on it.
 * The same key with another sale is refused (409), so a device's bug cannot swap one sale for another.
 */
import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import PosSaleOrderLink from "../links/pos-sale-order"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { bankTransferInstructions } from "./payment-choices"
import { type CompletePosSaleInput, completePosSaleWorkflow } from "../workflows/complete-pos-sale"
import { saleByKey } from "../workflows/steps/pos-sales"

/** Carries the sale's idempotency key, as Stripe's and IETF's draft name it; the body's `idempotency_key` does too. */
export const IDEMPOTENCY_HEADER = "idempotency-key"

/** What makes two sends the same sale: its shift, lines, discounts, phone, offline time and payments, in a stable form. */
export function saleDigest(sale: Pick<CompletePosSaleInput, "shift_id" | "lines" | "order_discount" | "customer_phone" | "sold_offline_at" | "payments">): string {
  const stable = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(stable)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>)
              .filter(([, v]) => v !== undefined && v !== null)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, stable(v)]),
          )
        : value
  const { shift_id, lines, order_discount, customer_phone, sold_offline_at, payments } = sale
  return createHash("sha256")
    .update(JSON.stringify(stable({ shift_id, lines, order_discount, customer_phone, sold_offline_at, payments })))
    .digest("hex")
}

function keyReused(): MedusaError {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    "This idempotency key was used for another sale: give each sale a key of its own (the counter makes one when a sale starts).",
    ERROR_CODES.posIdempotencyKeyReused,
  )
}

async function replay(container: MedusaContainer, recorded: { id: string; request_digest: string }, digest: string) {
  if (recorded.request_digest !== digest) throw keyReused()
  return { sale: await readSale(container, recorded.id), replayed: true }
}

/** The sale of this key: recorded now, or the one an earlier send recorded. */
export async function completePosSaleOnce(container: MedusaContainer, input: Omit<CompletePosSaleInput, "request_digest">) {
  const digest = saleDigest(input)
  const recorded = await saleByKey(container, input.showroom.id, input.idempotency_key)
  if (recorded) return replay(container, recorded, digest)
  try {
    const { result } = await completePosSaleWorkflow(container).run({ input: { ...input, request_digest: digest } })
    return { sale: await readSale(container, result.id), replayed: false }
  } catch (error) {
    // Another send of the key got there first (it held the lock, or another process's insert won).
    const winner = await saleByKey(container, input.showroom.id, input.idempotency_key)
    if (winner) return replay(container, winner, digest)
    throw error
  }
}

export async function readSale(container: MedusaContainer, saleId: string) {
  const sale = await container.resolve<PosModuleService>(POS_MODULE).retrievePosSale(saleId, { relations: ["lines", "payments", "returns"] })
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: PosSaleOrderLink.entryPoint, fields: ["order_id"], filters: { pos_sale_id: saleId } })
  return {
    id: sale.id,
    idempotency_key: sale.idempotency_key,
    status: sale.status,
    order_id: (links[0] as { order_id: string } | undefined)?.order_id ?? null,
    shift_id: (sale as unknown as { shift_id: string }).shift_id,
    staff_id: sale.staff_id,
    approved_by: sale.approved_by,
    customer_phone: sale.customer_phone,
    customer_id: sale.customer_id,
    subtotal: sale.subtotal,
    order_discount: sale.order_discount,
    order_discount_reason: sale.order_discount_reason,
    discount_total: sale.discount_total,
    total: sale.total,
    oversold: sale.oversold,
    sold_offline_at: sale.sold_offline_at,
    refunded_at: sale.refunded_at,
    refunded_by: sale.refunded_by,
    refund_reason: sale.refund_reason,
    /** Cash paid back by returns (a whole refund included). */
    returned_total: sale.returns.reduce((sum, entry) => sum + entry.amount, 0),
    created_at: sale.created_at,
    lines: [...sale.lines].sort((a, b) => a.rank - b.rank).map((line) => ({
      id: line.id,
      variant_id: line.variant_id,
      product_id: line.product_id,
      producer_id: line.producer_id,
      producer_name: line.producer_name,
      title: line.title,
      variant_title: line.variant_title,
      gtin: line.gtin,
      quantity: line.quantity,
      unit_price: line.unit_price,
      line_discount: line.line_discount,
      line_discount_reason: line.line_discount_reason,
      order_discount_share: line.order_discount_share,
      total: line.total,
      returned_quantity: line.returned_quantity,
      returned_amount: line.returned_amount,
      refunded_at: line.refunded_at,
    })),
    payments: sale.payments.map((payment) => ({
      method: payment.method,
      amount: payment.amount,
      tendered: payment.tendered,
      change: payment.change,
      status: payment.status,
      reference: payment.reference,
      received_at: payment.received_at,
      // What the customer-facing display draws while the transfer is awaited.
      bank_transfer: payment.method === "vietqr" && payment.status === "pending" && payment.reference ? bankTransferInstructions(payment.amount, payment.reference) : null,
    })),
    returns: [...sale.returns]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((entry) => ({
        id: entry.id,
        shift_id: entry.shift_id,
        staff_id: entry.staff_id,
        reason: entry.reason,
        amount: entry.amount,
        lines: entry.lines as unknown as { line_id: string; quantity: number; amount: number }[],
        created_at: entry.created_at,
      })),
  }
}
