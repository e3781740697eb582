/** A shift as the counter and the manager read it, with its report (@ocop/domain/pos shiftReport) as it stands. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { type PosPaymentMethod, type ShiftReport, shiftReport } from "@ocop/domain/pos"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

type ShiftRow = {
  id: string
  showroom_id: string
  till: string
  status: "open" | "closed"
  opening_float: number
  opened_by: string
  opened_at: Date
  closed_by: string | null
  closed_at: Date | null
  counted_cash: number | null
  cash_movements: { id: string; kind: "in" | "out"; amount: number; reason: string; staff_id: string; created_at: Date }[]
  sales: {
    id: string
    status: string
    total: number
    payments: { method: PosPaymentMethod; amount: number; status: string }[]
    lines: { producer_id: string; producer_name: string; total: number; returned_amount: number; refunded_at: Date | null }[]
  }[]
}

export async function readShift(container: MedusaContainer, shiftId: string): Promise<ShiftRow> {
  const [shift] = await container.resolve<PosModuleService>(POS_MODULE).listPosShifts(
    { id: shiftId },
    { relations: ["cash_movements", "sales", "sales.payments", "sales.lines"] },
  )
  if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This showroom has no shift ${shiftId}.`)
  return shift as unknown as ShiftRow
}

/** The shift's report from its own records: every sale it holds counts, with its VietQR parts pending until confirmed. */
export function reportOfShift(shift: ShiftRow, countedCash?: number | null): ShiftReport {
  return shiftReport({
    openingFloat: shift.opening_float,
    movements: shift.cash_movements,
    sales: shift.sales.map((sale) => ({
      counted: true,
      payments: sale.payments.map((payment) => ({ method: payment.method, amount: payment.amount, pending: payment.status === "pending" })),
      // A producer is owed a line's total less what its returned packs were sold for.
      lines: sale.lines.map((line) => ({ producerId: line.producer_id, producerName: line.producer_name, total: line.total - line.returned_amount, refunded: line.refunded_at !== null })),
    })),
    countedCash: countedCash ?? shift.counted_cash,
  })
}

/** What the API answers for a shift: its facts, cash movements and report. */
export function presentShift(shift: ShiftRow) {
  return {
    id: shift.id,
    till: shift.till,
    status: shift.status,
    opening_float: shift.opening_float,
    opened_by: shift.opened_by,
    opened_at: shift.opened_at,
    closed_by: shift.closed_by,
    closed_at: shift.closed_at,
    counted_cash: shift.counted_cash,
    cash_movements: [...shift.cash_movements]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map(({ id, kind, amount, reason, staff_id, created_at }) => ({ id, kind, amount, reason, staff_id, created_at })),
    sales_count: shift.sales.length,
    report: reportOfShift(shift),
  }
}

/** Refuses to add to a shift that is closed: its drawer was counted. */
export function assertShiftOpen(shift: { id: string; status: string; till: string }) {
  if (shift.status !== "open") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Shift ${shift.id} of ${shift.till} is closed: its drawer was counted. Open a new shift to go on selling.`,
      ERROR_CODES.posShiftClosed,
    )
  }
}
