/**
 * The steps of a till's shift: opening it, cash in and out, closing it with the drawer counted.
 * Each undoes exactly what it did.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/domain/errors"
import { assertManagerFor, type CashMovement, checkCashCount, checkCashMovement, DEFAULT_TILL, type PosStaffRole } from "@ocop/domain/pos"
import { enforce } from "../../lib/domain-rules"
import { assertShiftOpen, readShift, reportOfShift } from "../../lib/pos-shifts"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"

export type ActingStaff = { id: string; role: PosStaffRole }

const alreadyOpen = (till: string, shiftId?: string) =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    `${till} has a shift open already${shiftId ? ` (${shiftId})` : ""}: sell on it, or have a manager close it first.`,
    ERROR_CODES.posShiftAlreadyOpen,
  )

/** Opens a shift on a till of the showroom with its cash float; a till has one open shift at a time. */
export const openPosShiftStep = createStep(
  "open-pos-shift",
  async (input: { showroom_id: string; till?: string | null; opening_float: number; staff: ActingStaff }, { container }) => {
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const till = input.till?.normalize("NFC").trim() || DEFAULT_TILL
    const openingFloat = enforce(() => checkCashCount(input.opening_float, "The cash float"))
    const [open] = await pos.listPosShifts({ showroom_id: input.showroom_id, till, status: "open" }, { select: ["id"] })
    if (open) throw alreadyOpen(till, open.id)
    try {
      const shift = await pos.createPosShifts({ showroom_id: input.showroom_id, till, opening_float: openingFloat, opened_by: input.staff.id, opened_at: new Date() })
      return new StepResponse(shift, shift.id)
    } catch (error) {
      // Two devices opening the same till at once: the partial unique index lets one through.
      if (/unique|duplicate/i.test(String((error as Error).message))) throw alreadyOpen(till)
      throw error
    }
  },
  async (shiftId, { container }) => {
    if (!shiftId) return
    await container.resolve<PosModuleService>(POS_MODULE).deletePosShifts(shiftId)
  },
)

/** Records cash put into or taken out of an open shift's drawer, with its reason. */
export const recordPosCashMovementStep = createStep(
  "record-pos-cash-movement",
  async (input: { shift_id: string; movement: { kind: string; amount: number; reason?: string | null }; staff: ActingStaff }, { container }) => {
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const movement: CashMovement = enforce(() => checkCashMovement(input.movement))
    assertShiftOpen(await pos.retrievePosShift(input.shift_id, { select: ["id", "status", "till"] }))
    const created = await pos.createPosCashMovements({ ...movement, staff_id: input.staff.id, shift_id: input.shift_id })
    return new StepResponse(created, created.id)
  },
  async (movementId, { container }) => {
    if (!movementId) return
    await container.resolve<PosModuleService>(POS_MODULE).deletePosCashMovements(movementId)
  },
)

/** A manager closes a shift with the cash counted in its drawer; the report is kept as it stands then. */
export const closePosShiftStep = createStep(
  "close-pos-shift",
  async (input: { shift_id: string; counted_cash: number; staff: ActingStaff }, { container }) => {
    enforce(() => assertManagerFor("close a shift (the end-of-day count)", input.staff), MedusaError.Types.FORBIDDEN)
    const countedCash = enforce(() => checkCashCount(input.counted_cash, "The counted cash"))
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const shift = await readShift(container, input.shift_id)
    assertShiftOpen(shift)
    const report = reportOfShift(shift, countedCash)
    await pos.updatePosShifts({ id: shift.id, status: "closed", closed_by: input.staff.id, closed_at: new Date(), counted_cash: countedCash, report })
    return new StepResponse(report, shift.id)
  },
  async (shiftId, { container }) => {
    if (!shiftId) return
    await container
      .resolve<PosModuleService>(POS_MODULE)
      .updatePosShifts({ id: shiftId, status: "open", closed_by: null, closed_at: null, counted_cash: null, report: null })
  },
)
