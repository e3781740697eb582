/** POST: cash into or out of the shift's drawer, with its reason. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../../../lib/pos-access"
import { presentShift, readShift } from "../../../../../lib/pos-shifts"
import { recordPosCashMovementWorkflow } from "../../../../../workflows/record-pos-cash-movement"
import type { PosCashMovement } from "../../../validators"

export async function POST(req: PosRequest<PosCashMovement>, res: MedusaResponse) {
  await recordPosCashMovementWorkflow(req.scope).run({ input: { shift_id: req.params.id!, movement: req.validatedBody, staff: req.pos_staff } })
  res.status(201).json({ shift: presentShift(await readShift(req.scope, req.params.id!)) })
}
