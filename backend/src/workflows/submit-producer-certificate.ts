import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCertificateWorkflow } from "./record-certificate"
import {
  checkCertificateFieldsStep,
  productSetOfProductStep,
  storeCertificateDocumentStep,
  type UploadedDocument,
} from "./steps/certificate-documents"
import type { CertificateFields } from "./steps/create-certificate"
import { assertProducerMayEditListingsStep } from "./steps/producer-listings"

export type ProducerCertificateFields = Pick<
  CertificateFields,
  "decision_number" | "decision_date" | "issuing_authority" | "star_rating" | "total_score" | "score_a" | "score_b" | "score_c"
>

export type SubmitProducerCertificateWorkflowInput = {
  producer_id: string
  product_id: string
  certificate: ProducerCertificateFields
  document: UploadedDocument
}

/**
 * A producer uploads one of its products' certificates with the decision document. It is recorded
 * unverified, of the product's own product set, so it gives no star mark (and changes nothing the
 * shop shows) until the programme office has checked it against the decision and verified it.
 */
export const submitProducerCertificateWorkflow = createWorkflow(
  "submit-producer-certificate",
  (input: SubmitProducerCertificateWorkflowInput) => {
    assertProducerMayEditListingsStep({ producer_id: input.producer_id })
    const productSetId = productSetOfProductStep({ product_id: input.product_id })
    checkCertificateFieldsStep(input.certificate)
    const document = storeCertificateDocumentStep({ product_id: input.product_id, document: input.document })
    const certificate = recordCertificateWorkflow.runAsStep({
      input: transform({ input, productSetId, document }, ({ input, productSetId, document }) => ({
        ...input.certificate,
        product_id: input.product_id,
        product_set_id: productSetId,
        verified: false,
        is_sample: false,
        document_url: document.url,
        document_file_id: document.file_id,
        submitted_by_producer_id: input.producer_id,
      })),
    })
    return new WorkflowResponse(certificate)
  },
)
