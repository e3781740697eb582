/**
 * POST: a manager takes packs of the sale back (`{ shift_id, reason, lines: [{ line_id | variant_id,
 * quantity }] }`): they return to the showroom's stock, their price after discounts is paid out of
 * that open shift's drawer. 201 with the return and the sale as it stands; more than is left, 409.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { PosRequest } from "../../../../../lib/pos-access"
import { readSale } from "../../../../../lib/pos-sales"
import { returnPosSaleWorkflow } from "../../../../../workflows/return-pos-sale"
import type { PosReturnSale } from "../../../validators"

export async function POST(req: PosRequest<PosReturnSale>, res: MedusaResponse) {
  const { shift_id, reason, lines } = req.validatedBody
  const { result: returnId } = await returnPosSaleWorkflow(req.scope).run({
    input: {
      sale_id: req.params.id!,
      showroom: req.showroom,
      staff: req.pos_staff,
      shift_id,
      reason,
      lines: lines.map((line) => ({ lineId: line.line_id ?? null, variantId: line.variant_id ?? null, quantity: line.quantity })),
      whole: false,
    },
  })
  const sale = await readSale(req.scope, req.params.id!)
  res.status(201).json({ return: sale.returns.find((entry) => entry.id === returnId) ?? null, sale })
}
