/**
 * The steps of a counter sale (complete-pos-sale): what the sale is, checked against the
 * showroom's catalogue, its stock and the staff member's role; and its record with each line's
 * credit to its producer and the payments. Each undoes exactly what it did.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { normalizePhone } from "@ocop/domain/phone"
import {
  assertManagerFor,
  discountNeedsManager,
  type PosDiscount,
  POS_APPROVAL_MINUTES,
  type PosPaymentInput,
  priceSale,
  type SettledPayments,
  settlePayments,
} from "@ocop/domain/pos"
import { newTransferReference } from "@ocop/domain/transfer-reference"
import { refuseUnapproved } from "../../lib/buying-rules"
import { enforce } from "../../lib/domain-rules"
import { paymentSettings } from "../../lib/payment-settings"
import type { CurrentShowroom, PosApprovalGrant } from "../../lib/pos-access"
import { customerByPhone } from "../../lib/pos-customers"
import { type CounterPack, counterPacks } from "../../lib/pos-catalogue"
import { assertShiftOpen } from "../../lib/pos-shifts"
import { REGION_NAME, STORE_CURRENCY } from "../../lib/store-setup"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import type { ActingStaff } from "./pos-shifts"

export type PosSaleLineInput = { variant_id: string; quantity: number; discount?: PosDiscount | null }

export type CompletePosSaleInput = {
  showroom: CurrentShowroom
  staff: ActingStaff
  /** The manager whose approval came with a cashier's request, if any, and that approval. */
  approver?: ActingStaff | null
  approval?: PosApprovalGrant | null
  idempotency_key: string
  request_digest: string
  shift_id: string
  lines: PosSaleLineInput[]
  order_discount?: PosDiscount | null
  customer_phone?: string | null
  /** When the counter made the sale while the backend could not be reached; sent once it could. */
  sold_offline_at?: string | null
  payments: PosPaymentInput[]
}

export type PreparedSaleLine = {
  pack: CounterPack
  quantity: number
  unit_price: number
  line_discount: number
  line_discount_reason: string | null
  order_discount_share: number
  total: number
}

export type PreparedSale = {
  region_id: string
  lines: PreparedSaleLine[]
  subtotal: number
  order_discount: number
  order_discount_reason: string | null
  discount_total: number
  total: number
  payments: SettledPayments
  customer_phone: string | null
  /** The shop's customer with that phone, whose account the order goes on. */
  customer: { id: string; email: string } | null
  approved_by: string | null
  oversold: boolean
  /** What leaves the showroom's location, per inventory item. */
  stock_out: { inventory_item_id: string; location_id: string; adjustment: number }[]
}

/** The message the prepare step refuses a key already recorded with: the caller answers with that sale. */
export const SALE_ALREADY_RECORDED = "This sale is recorded already under its idempotency key."

export async function saleByKey(container: MedusaContainer, showroomId: string, key: string) {
  const [sale] = await container
    .resolve<PosModuleService>(POS_MODULE)
    .listPosSales({ showroom_id: showroomId, idempotency_key: key }, { select: ["id", "request_digest"] })
  return sale
}

/** A manager's approval approves one sale, within its minutes. */
function assertApprovalUsable(approval: { used_at: Date | string | null; expires_at: Date | string }) {
  if (approval.used_at) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "The manager's approval was spent on another sale: each approval is for one sale, so ask the manager to approve this one.",
      ERROR_CODES.posApprovalUsed,
    )
  }
  if (new Date(approval.expires_at).getTime() <= Date.now()) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `The manager's approval is older than its ${POS_APPROVAL_MINUTES} minutes: ask the manager to approve the sale again.`,
      ERROR_CODES.posApprovalExpired,
    )
  }
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, ERROR_CODES.invalidPosSale)

/**
 * Reads the packs from the showroom's catalogue (its channel, its location's stock, the price in
 * đồng), prices the sale with @ocop/domain/pos, and asks for a manager where the rules do: a
 * discount beyond the cashier's limit, more of a pack than the showroom holds.
 */
export const preparePosSaleStep = createStep("prepare-pos-sale", async (input: CompletePosSaleInput, { container }) => {
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  if (await saleByKey(container, input.showroom.id, input.idempotency_key)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, SALE_ALREADY_RECORDED, ERROR_CODES.posIdempotencyKeyReused)
  }
  const [shift] = await pos.listPosShifts({ id: input.shift_id, showroom_id: input.showroom.id }, { select: ["id", "status", "till"] })
  if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This showroom has no shift ${input.shift_id}.`)
  assertShiftOpen(shift)
  // Read again under the workflow's lock on it: another sale may have spent it since the guard read it.
  if (input.approval) assertApprovalUsable(await pos.retrievePosApproval(input.approval.id))

  const packs = new Map((await counterPacks(container, input.showroom, input.lines.map((line) => line.variant_id))).map((pack) => [pack.variant_id, pack]))
  const lines = input.lines.map((line, index) => {
    const pack = packs.get(line.variant_id)
    if (!pack) {
      // A pack of an unapproved producer is named as the shop names it; any other is not on the showroom's shelves.
      throw invalid(`Line ${index + 1} (${line.variant_id}) is not sold at this showroom: scan or pick a pack from its catalogue.`)
    }
    if (pack.price === null) throw invalid(`${pack.title} ${pack.variant_title ?? ""} has no price in đồng: ask the producer or the programme office to price it.`)
    return { pack, line }
  })
  refuseUnapproved(
    lines.map(({ pack }) => ({ id: pack.product_id, title: pack.title, producer: pack.producer })),
    "order",
  )
  const priced = enforce(() =>
    priceSale(
      lines.map(({ pack, line }) => ({ unitPrice: pack.price!, quantity: line.quantity, discount: line.discount })),
      input.order_discount,
    ),
  )

  let approvedBy: string | null = null
  const needManager = (action: string) => {
    enforce(() => assertManagerFor(action, input.staff, input.approver), MedusaError.Types.FORBIDDEN)
    approvedBy = input.staff.role === "manager" ? input.staff.id : input.approver!.id
  }
  if (discountNeedsManager(priced)) needManager("give a discount above the cashier's limit")

  // Stock per inventory item, as two lines of one pack (or two packs of one item) draw on the same shelf.
  const wanted = new Map<string, { needed: number; pack: CounterPack }>()
  for (const { pack, line } of lines) {
    if (!pack.manage_inventory) continue
    for (const item of pack.inventory) {
      const entry = wanted.get(item.inventory_item_id) ?? { needed: 0, pack }
      entry.needed += item.required_quantity * line.quantity
      wanted.set(item.inventory_item_id, entry)
    }
  }
  const short = [...wanted.values()].filter(({ needed, pack }) => needed > (pack.stock ?? 0))
  // A sale made offline has left the counter already, the goods with the customer: it is recorded
  // beyond the stock (oversold, so the shelf goes below 0 and GET /pos/stock/negative shows it to the
  // manager), not refused. Discounts beyond the limit still need the manager, offline or not.
  if (short.length && !input.sold_offline_at) {
    const names = short.map(({ pack }) => `${pack.title} ${pack.variant_title ?? ""}`.trim()).join(", ")
    needManager(`sell more than the showroom holds (${names})`)
  }

  const payments = enforce(() => settlePayments(priced.total, input.payments))
  if (payments.vietqr && !paymentSettings().bankAccount) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "VietQR is not available: the shop has no bank account set up for transfers. Take the payment in cash.",
      ERROR_CODES.paymentNotAvailable,
    )
  }
  let customerPhone: string | null = null
  if (input.customer_phone?.trim()) {
    customerPhone = normalizePhone(input.customer_phone)
    if (!customerPhone) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The customer's phone is a Vietnamese number of 10 digits starting with 0 (or +84): check it.", ERROR_CODES.invalidPhone)
    }
  }

  const customer = customerPhone ? await customerByPhone(container, customerPhone) : null

  const { data: regions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id"], filters: { name: REGION_NAME, currency_code: STORE_CURRENCY } })
  if (!regions[0]) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The shop has no ${REGION_NAME} region in đồng to record the sale in: run the store setup (medusa db:migrate).`)

  const prepared: PreparedSale = {
    region_id: regions[0].id,
    lines: lines.map(({ pack }, index) => {
      const line = priced.lines[index]!
      return {
        pack,
        quantity: line.quantity,
        unit_price: line.unitPrice,
        line_discount: line.lineDiscount,
        line_discount_reason: line.lineDiscountReason,
        order_discount_share: line.orderDiscountShare,
        total: line.total,
      }
    }),
    subtotal: priced.subtotal,
    order_discount: priced.orderDiscount,
    order_discount_reason: priced.orderDiscountReason,
    discount_total: priced.discountTotal,
    total: priced.total,
    payments,
    customer_phone: customerPhone,
    customer: customer ? { id: customer.id, email: customer.email } : null,
    approved_by: approvedBy,
    oversold: short.length > 0,
    stock_out: [...wanted.entries()].map(([inventoryItemId, { needed }]) => ({
      inventory_item_id: inventoryItemId,
      location_id: input.showroom.stock_location_id,
      adjustment: -needed,
    })),
  }
  return new StepResponse(prepared)
})

/**
 * Records the sale, its lines (each the credit to its producer, owed until settled) and its payments
 * in one go; a failure partway deletes what it wrote, and a later step's failure deletes the sale.
 */
export const recordPosSaleStep = createStep(
  "record-pos-sale",
  async (input: { sale: CompletePosSaleInput; prepared: PreparedSale }, { container }) => {
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const { sale: request, prepared } = input
    const pendingTransfer = prepared.payments.vietqr !== null
    const sale = await pos.createPosSales({
      showroom_id: request.showroom.id,
      idempotency_key: request.idempotency_key,
      request_digest: request.request_digest,
      status: pendingTransfer ? "awaiting_transfer" : "completed",
      staff_id: request.staff.id,
      approved_by: prepared.approved_by,
      customer_phone: prepared.customer_phone,
      customer_id: prepared.customer?.id ?? null,
      subtotal: prepared.subtotal,
      order_discount: prepared.order_discount,
      order_discount_reason: prepared.order_discount_reason,
      discount_total: prepared.discount_total,
      total: prepared.total,
      oversold: prepared.oversold,
      sold_offline_at: request.sold_offline_at ? new Date(request.sold_offline_at) : null,
      shift_id: request.shift_id,
    })
    try {
      await pos.createPosSaleLines(
        prepared.lines.map((line, rank) => ({
          sale_id: sale.id,
          rank,
          variant_id: line.pack.variant_id,
          product_id: line.pack.product_id,
          producer_id: line.pack.producer.id,
          producer_name: line.pack.producer.name,
          title: line.pack.title,
          variant_title: line.pack.variant_title,
          gtin: line.pack.gtin,
          quantity: line.quantity,
          unit_price: line.unit_price,
          line_discount: line.line_discount,
          line_discount_reason: line.line_discount_reason,
          order_discount_share: line.order_discount_share,
          total: line.total,
        })),
      )
      const { cash, vietqr } = prepared.payments
      await pos.createPosSalePayments([
        ...(cash ? [{ sale_id: sale.id, method: "cash" as const, amount: cash.amount, tendered: cash.tendered, change: cash.change, status: "captured" as const }] : []),
        // The reference the customer's bank app carries in the transfer's description, as for web orders.
        ...(vietqr ? [{ sale_id: sale.id, method: "vietqr" as const, amount: vietqr.amount, status: "pending" as const, reference: newTransferReference() }] : []),
      ])
    } catch (error) {
      await pos.deletePosSales(sale.id)
      throw error
    }
    return new StepResponse(sale, sale.id)
  },
  async (saleId, { container }) => {
    if (!saleId) return
    await container.resolve<PosModuleService>(POS_MODULE).deletePosSales(saleId)
  },
)

/** Spends the manager's approval on the sale it approved, so it approves no other; undone if a later step fails. */
export const spendPosApprovalStep = createStep(
  "spend-pos-approval",
  async (input: { approval_id: string; sale_id: string }, { container }) => {
    await container.resolve<PosModuleService>(POS_MODULE).updatePosApprovals({ id: input.approval_id, used_at: new Date(), sale_id: input.sale_id })
    return new StepResponse(input.approval_id, input.approval_id)
  },
  async (approvalId, { container }) => {
    if (!approvalId) return
    await container.resolve<PosModuleService>(POS_MODULE).updatePosApprovals({ id: approvalId, used_at: null, sale_id: null })
  },
)
