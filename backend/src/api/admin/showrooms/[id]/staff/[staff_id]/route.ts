import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePosStaffWorkflow } from "../../../../../../workflows/remove-pos-staff"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removePosStaffWorkflow(req.scope).run({ input: { showroom_id: req.params.id!, staff_id: req.params.staff_id! } })
  res.json(result)
}
