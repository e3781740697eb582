import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCertificateWorkflow } from "../../../../../workflows/record-certificate"
import type { AdminRecordCertificate } from "../../../../validators"

/** Records a certificate for the product; a star outside its score band is refused with 400. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordCertificate>, res: MedusaResponse) {
  const { result } = await recordCertificateWorkflow(req.scope).run({
    input: { product_id: req.params.id!, ...req.validatedBody },
  })
  res.status(201).json({ certificate: result })
}
