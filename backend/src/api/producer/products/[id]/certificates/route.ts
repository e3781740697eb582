/**
 * GET: the certificates of one of the producer's products, each with its state for the producer.
 * POST (multipart/form-data, the decision document in `document`): the producer uploads a
 * certificate, recorded pending until the programme office verifies it.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { certificatesOfProducts } from "../../../../../lib/producer-certificates"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { submitProducerCertificateWorkflow } from "../../../../../workflows/submit-producer-certificate"
import type { CertificateUploadRequest } from "../../../certificates/certificate-uploads"
import type { ProducerSubmitCertificate } from "../../../certificates/validators"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ certificates: await certificatesOfProducts(req.scope, [req.params.id!]) })
}

export async function POST(req: ProducerRequest<ProducerSubmitCertificate> & Pick<CertificateUploadRequest, "document">, res: MedusaResponse) {
  const { result } = await submitProducerCertificateWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id!, certificate: req.validatedBody, document: req.document },
  })
  const certificate = (await certificatesOfProducts(req.scope, [req.params.id!])).find((c) => c.id === result.id)
  res.status(201).json({ certificate })
}
