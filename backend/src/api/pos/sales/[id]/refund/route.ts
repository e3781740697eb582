/** POST: a manager refunds the whole sale (`{ shift_id, reason }`: the open shift whose drawer pays it back); the stock goes back to the showroom. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../../../lib/pos-access"
import { readSale } from "../../../../../lib/pos-sales"
import { returnPosSaleWorkflow } from "../../../../../workflows/return-pos-sale"
import type { PosRefundSale } from "../../../validators"

export async function POST(req: PosRequest<PosRefundSale>, res: MedusaResponse) {
  await returnPosSaleWorkflow(req.scope).run({
    input: { sale_id: req.params.id!, showroom: req.showroom, staff: req.pos_staff, shift_id: req.validatedBody.shift_id, reason: req.validatedBody.reason, whole: true },
  })
  res.json({ sale: await readSale(req.scope, req.params.id!) })
}
