/**
 * The steps of a manager's refund of a counter sale (refund-pos-sale): what goes back (the packs to
 * the showroom's location, the total in cash from the open shift's drawer), and the sale marked
 * refunded with its lines owed to no producer. Each undoes exactly what it did.
 */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertManagerFor, refundOf } from "@ocop/domain/pos"
import { enforce } from "../../lib/domain-rules"
import type { CurrentShowroom } from "../../lib/pos-access"
import { assertShiftOpen } from "../../lib/pos-shifts"
import PosSaleOrderLink from "../../links/pos-sale-order"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import type { ActingStaff } from "./pos-shifts"

export type RefundPosSaleInput = { sale_id: string; showroom: CurrentShowroom; staff: ActingStaff; shift_id: string; reason?: string | null }

export type PreparedRefund = {
  order_id: string
  amount: number
  reason: string
  stock_in: { inventory_item_id: string; location_id: string; adjustment: number }[]
}

export const prepareRefundStep = createStep("prepare-pos-refund", async (input: RefundPosSaleInput, { container }) => {
  enforce(() => assertManagerFor("refund a sale", input.staff), MedusaError.Types.FORBIDDEN)
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const sale = await pos.retrievePosSale(input.sale_id, { relations: ["lines"] })
  // Refunded already is a state the sale is in (409); a missing reason is the request's (400).
  const refund = enforce(() => refundOf(sale, input.reason), sale.status === "refunded" ? MedusaError.Types.CONFLICT : MedusaError.Types.INVALID_DATA)
  const [shift] = await pos.listPosShifts({ id: input.shift_id, showroom_id: input.showroom.id }, { select: ["id", "status", "till"] })
  if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This showroom has no shift ${input.shift_id}.`)
  assertShiftOpen(shift)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: PosSaleOrderLink.entryPoint, fields: ["order_id"], filters: { pos_sale_id: sale.id } })
  const orderId = (links[0] as { order_id: string } | undefined)?.order_id
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${sale.id} has no order to cancel: ask the programme office to look into it.`)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: sale.lines.map((line) => line.variant_id) },
  })
  const back = new Map<string, number>()
  for (const line of sale.lines) {
    const variant = (variants as { id: string; manage_inventory?: boolean | null; inventory_items?: { inventory_item_id: string; required_quantity?: number | null }[] | null }[]).find(
      (v) => v.id === line.variant_id,
    )
    if (!variant?.manage_inventory) continue
    for (const item of variant.inventory_items ?? []) {
      back.set(item.inventory_item_id, (back.get(item.inventory_item_id) ?? 0) + Number(item.required_quantity ?? 1) * line.quantity)
    }
  }
  const prepared: PreparedRefund = {
    order_id: orderId,
    ...refund,
    stock_in: [...back.entries()].map(([inventoryItemId, quantity]) => ({ inventory_item_id: inventoryItemId, location_id: input.showroom.stock_location_id, adjustment: quantity })),
  }
  return new StepResponse(prepared)
})

/** Marks the sale and its lines refunded and pays its total out of the open shift's drawer. */
export const markPosSaleRefundedStep = createStep(
  "mark-pos-sale-refunded",
  async (input: { refund: RefundPosSaleInput; prepared: PreparedRefund }, { container }) => {
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const sale = await pos.retrievePosSale(input.refund.sale_id, { relations: ["lines"] })
    const refundedAt = new Date()
    const movement = await pos.createPosCashMovements({
      kind: "out",
      amount: input.prepared.amount,
      reason: `Hoàn tiền ${sale.id}: ${input.prepared.reason}`,
      staff_id: input.refund.staff.id,
      shift_id: input.refund.shift_id,
    })
    await pos.updatePosSales({ id: sale.id, status: "refunded", refunded_at: refundedAt, refunded_by: input.refund.staff.id, refund_reason: input.prepared.reason })
    await pos.updatePosSaleLines(sale.lines.map((line) => ({ id: line.id, refunded_at: refundedAt })))
    return new StepResponse(sale.id, { sale_id: sale.id, status: sale.status, line_ids: sale.lines.map((line) => line.id), movement_id: movement.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    await pos.updatePosSaleLines(undo.line_ids.map((id) => ({ id, refunded_at: null })))
    await pos.updatePosSales({ id: undo.sale_id, status: undo.status, refunded_at: null, refunded_by: null, refund_reason: null })
    await pos.deletePosCashMovements(undo.movement_id)
  },
)
