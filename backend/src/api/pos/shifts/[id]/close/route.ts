/** POST: the manager closes the shift with the cash counted in the drawer; the answer is its report with the difference. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../../../lib/pos-access"
import { presentShift, readShift } from "../../../../../lib/pos-shifts"
import { closePosShiftWorkflow } from "../../../../../workflows/close-pos-shift"
import type { PosCloseShift } from "../../../validators"

export async function POST(req: PosRequest<PosCloseShift>, res: MedusaResponse) {
  await closePosShiftWorkflow(req.scope).run({ input: { shift_id: req.params.id!, counted_cash: req.validatedBody.counted_cash, staff: req.pos_staff } })
  res.json({ shift: presentShift(await readShift(req.scope, req.params.id!)) })
}
