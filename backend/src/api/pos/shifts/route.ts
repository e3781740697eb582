/** GET: the showroom's shifts, newest first, with their reports (the manager reads past ones). POST: open a till's shift with its cash float. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../lib/pos-access"
import { presentShift, readShift } from "../../../lib/pos-shifts"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { openPosShiftWorkflow } from "../../../workflows/open-pos-shift"
import type { PosListShiftsQuery, PosOpenShift } from "../validators"

export async function GET(req: PosRequest<unknown, PosListShiftsQuery>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as PosListShiftsQuery
  const [rows, count] = await req.scope
    .resolve<PosModuleService>(POS_MODULE)
    .listAndCountPosShifts({ showroom_id: req.showroom.id, ...(status ? { status } : {}) }, { select: ["id"], order: { opened_at: "DESC" }, take: limit, skip: offset })
  const shifts = await Promise.all(rows.map(async (row) => presentShift(await readShift(req.scope, row.id))))
  res.json({ shifts, count, offset, limit })
}

export async function POST(req: PosRequest<PosOpenShift>, res: MedusaResponse) {
  const { result } = await openPosShiftWorkflow(req.scope).run({
    input: { showroom_id: req.showroom.id, till: req.validatedBody.till, opening_float: req.validatedBody.opening_float, staff: req.pos_staff },
  })
  res.status(201).json({ shift: presentShift(await readShift(req.scope, result.id)) })
}
