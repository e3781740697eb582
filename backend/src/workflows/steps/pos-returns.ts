/**
 * The steps of taking packs of a counter sale back (return-pos-sale): what comes back and what it
 * was sold for (@ocop/domain/pos planReturn, or refundOf for everything left), and its record: the
 * cash paid out of the open shift's drawer, the lines' returned packs (the producers' credits go
 * down by what they were sold for) and, for a whole refund, the sale marked refunded. Each undoes
 * exactly what it did.
 */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { assertManagerFor, type PlannedReturn, planReturn, type ReturnRequestLine, refundOf, returnableSale } from "@ocop/domain/pos"
import { enforce } from "../../lib/domain-rules"
import type { CurrentShowroom } from "../../lib/pos-access"
import { assertShiftOpen } from "../../lib/pos-shifts"
import PosSaleOrderLink from "../../links/pos-sale-order"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import type { ActingStaff } from "./pos-shifts"

export type ReturnPosSaleInput = {
  sale_id: string
  showroom: CurrentShowroom
  staff: ActingStaff
  shift_id: string
  reason?: string | null
  /** The packs that come back; none for a whole refund, which takes back everything left. */
  lines?: ReturnRequestLine[] | null
  whole: boolean
}

export type PreparedReturn = PlannedReturn & {
  order_id: string
  whole: boolean
  stock_in: { inventory_item_id: string; location_id: string; adjustment: number }[]
}

/** 409 for a state the sale is in (refunded, nothing left of a line), 400 for what the request says. */
const CONFLICTS: readonly string[] = [ERROR_CODES.posSaleAlreadyRefunded, ERROR_CODES.posReturnExceedsSale]

export const prepareReturnStep = createStep("prepare-pos-return", async (input: ReturnPosSaleInput, { container }) => {
  enforce(() => assertManagerFor(input.whole ? "refund a sale" : "take packs back", input.staff), MedusaError.Types.FORBIDDEN)
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const sale = await pos.retrievePosSale(input.sale_id, { relations: ["lines", "payments", "returns"] })
  const returnable = returnableSale(sale)
  let planned: PlannedReturn
  try {
    planned = enforce(() => (input.whole ? refundOf(returnable, input.reason) : planReturn(returnable, input.lines ?? [], input.reason)))
  } catch (error) {
    if (error instanceof MedusaError && CONFLICTS.includes(String((error as MedusaError & { code?: string }).code))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, error.message, (error as MedusaError & { code?: string }).code)
    }
    throw error
  }
  const [shift] = await pos.listPosShifts({ id: input.shift_id, showroom_id: input.showroom.id }, { select: ["id", "status", "till"] })
  if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This showroom has no shift ${input.shift_id}.`)
  assertShiftOpen(shift)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: PosSaleOrderLink.entryPoint, fields: ["order_id"], filters: { pos_sale_id: sale.id } })
  const orderId = (links[0] as { order_id: string } | undefined)?.order_id
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${sale.id} has no order: ask the programme office to look into it.`)
  const returnedLines = planned.lines.map((planLine) => ({ plan: planLine, line: sale.lines.find((line) => line.id === planLine.lineId)! }))
  const { data: variants } = returnedLines.length
    ? await query.graph({
        entity: "variant",
        fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
        filters: { id: returnedLines.map(({ line }) => line.variant_id) },
      })
    : { data: [] }
  const back = new Map<string, number>()
  for (const { plan, line } of returnedLines) {
    const variant = (variants as { id: string; manage_inventory?: boolean | null; inventory_items?: { inventory_item_id: string; required_quantity?: number | null }[] | null }[]).find(
      (v) => v.id === line.variant_id,
    )
    if (!variant?.manage_inventory) continue
    for (const item of variant.inventory_items ?? []) {
      back.set(item.inventory_item_id, (back.get(item.inventory_item_id) ?? 0) + Number(item.required_quantity ?? 1) * plan.quantity)
    }
  }
  const prepared: PreparedReturn = {
    ...planned,
    order_id: orderId,
    whole: input.whole,
    stock_in: [...back.entries()].map(([inventoryItemId, quantity]) => ({ inventory_item_id: inventoryItemId, location_id: input.showroom.stock_location_id, adjustment: quantity })),
  }
  return new StepResponse(prepared)
})

type UndoReturn = {
  sale: { id: string; status: "completed" | "awaiting_transfer" | "refunded" }
  lines: { id: string; returned_quantity: number; returned_amount: number }[]
  return_id: string
  movement_id: string | null
}

/** Pays the cash out of the open shift's drawer, records the return and its lines, and for a whole refund marks the sale refunded. */
export const recordPosReturnStep = createStep(
  "record-pos-return",
  async (input: { request: ReturnPosSaleInput; prepared: PreparedReturn }, { container }) => {
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const { request, prepared } = input
    const sale = await pos.retrievePosSale(request.sale_id, { relations: ["lines"] })
    const movement =
      prepared.amount > 0
        ? await pos.createPosCashMovements({
            kind: "out",
            amount: prepared.amount,
            reason: `${prepared.whole ? "Hoàn tiền" : "Trả hàng"} ${sale.id}: ${prepared.reason}`,
            staff_id: request.staff.id,
            shift_id: request.shift_id,
          })
        : null
    const undo: UndoReturn = {
      sale: { id: sale.id, status: sale.status },
      lines: sale.lines.map((line) => ({ id: line.id, returned_quantity: line.returned_quantity, returned_amount: line.returned_amount })),
      return_id: "",
      movement_id: movement?.id ?? null,
    }
    try {
      const recorded = await pos.createPosReturns({
        sale_id: sale.id,
        shift_id: request.shift_id,
        staff_id: request.staff.id,
        reason: prepared.reason,
        amount: prepared.amount,
        cash_movement_id: movement?.id ?? null,
        // A JSON column holds the list; Medusa's model types a JSON column as an object.
        lines: prepared.lines.map((line) => ({ line_id: line.lineId, quantity: line.quantity, amount: line.amount })) as unknown as Record<string, unknown>,
      })
      undo.return_id = recorded.id
      const returnedAt = new Date()
      await pos.updatePosSaleLines(
        sale.lines.flatMap((line) => {
          const back = prepared.lines.find((planned) => planned.lineId === line.id)
          if (!back && !prepared.whole) return []
          return [
            {
              id: line.id,
              returned_quantity: line.returned_quantity + (back?.quantity ?? 0),
              returned_amount: line.returned_amount + (back?.amount ?? 0),
              ...(prepared.whole ? { refunded_at: returnedAt } : {}),
            },
          ]
        }),
      )
      if (prepared.whole) {
        await pos.updatePosSales({ id: sale.id, status: "refunded", refunded_at: returnedAt, refunded_by: request.staff.id, refund_reason: prepared.reason })
      }
      return new StepResponse(recorded.id, undo)
    } catch (error) {
      await undoReturn(pos, undo)
      throw error
    }
  },
  async (undo, { container }) => {
    if (!undo) return
    await undoReturn(container.resolve<PosModuleService>(POS_MODULE), undo)
  },
)

async function undoReturn(pos: PosModuleService, undo: UndoReturn) {
  await pos.updatePosSaleLines(undo.lines.map((line) => ({ ...line, refunded_at: null })))
  // A refunded sale takes no return (prepare-pos-return refuses it), so the sale was not refunded before.
  await pos.updatePosSales({ id: undo.sale.id, status: undo.sale.status, refunded_at: null, refunded_by: null, refund_reason: null })
  if (undo.return_id) await pos.deletePosReturns(undo.return_id)
  if (undo.movement_id) await pos.deletePosCashMovements(undo.movement_id)
}
