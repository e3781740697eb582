import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCertificateWorkflow } from "../../../../workflows/update-certificate"
import type { AdminUpdateCertificate } from "../../../validators"

/** Corrects or verifies a certificate (e.g. { "verified": true } once checked against the decision). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCertificate>, res: MedusaResponse) {
  const { result } = await updateCertificateWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ certificate: result })
}
