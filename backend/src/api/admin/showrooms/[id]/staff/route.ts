import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShowroomStaff, retrieveShowroom } from "../../../../../lib/showrooms"
import { createPosStaffWorkflow } from "../../../../../workflows/create-pos-staff"
import type { AdminAddShowroomStaff } from "../../validators"

const withoutShowroomId = <Staff extends { showroom_id: string }>({ showroom_id: _, ...staff }: Staff) => staff

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const showroom = await retrieveShowroom(req.scope, req.params.id!)
  const staff = (await listShowroomStaff(req.scope, [showroom.id])).map(withoutShowroomId)
  res.json({ staff, count: staff.length })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminAddShowroomStaff>, res: MedusaResponse) {
  const { result } = await createPosStaffWorkflow(req.scope).run({ input: { ...req.validatedBody, showroom_id: req.params.id! } })
  const { id, name, email, role, created_at } = result
  res.status(201).json({ staff: { id, name, email, role, created_at } })
}
