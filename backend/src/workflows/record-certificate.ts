import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../modules/ocop"
import { createCertificateStep, type CertificateFields } from "./steps/create-certificate"
import { CERTIFICATE_RECORDED_EVENT } from "../events"

export type RecordCertificateWorkflowInput = { product_id: string } & CertificateFields

/** Records a product's OCOP certificate (the module checks the star rules) and links it to the product. */
export const recordCertificateWorkflow = createWorkflow(
  "record-certificate",
  (input: RecordCertificateWorkflowInput) => {
    // Fails with NOT_FOUND before anything is written when the product does not exist.
    useQueryGraphStep({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const fields = transform({ input }, ({ input }) => {
      const { product_id, ...certificate } = input
      return certificate
    })
    const certificate = createCertificateStep(fields)
    const link = transform({ input, certificate }, ({ input, certificate }) => [
      { [Modules.PRODUCT]: { product_id: input.product_id }, [OCOP_MODULE]: { certificate_id: certificate.id } },
    ])
    createRemoteLinkStep(link)
    emitEventStep({
      eventName: CERTIFICATE_RECORDED_EVENT,
      data: transform({ input, certificate }, ({ input, certificate }) => ({ id: certificate.id, product_id: input.product_id })),
    })
    return new WorkflowResponse(certificate)
  }
)
