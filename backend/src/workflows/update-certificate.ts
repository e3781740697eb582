import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateCertificateStep, type UpdateCertificateStepInput } from "./steps/update-certificate"
import { CERTIFICATE_UPDATED_EVENT } from "../events"

/** Corrects or verifies a certificate; the module re-checks the star rules and recomputes valid-until. */
export const updateCertificateWorkflow = createWorkflow("update-certificate", (input: UpdateCertificateStepInput) => {
  const certificate = updateCertificateStep(input)
  emitEventStep({ eventName: CERTIFICATE_UPDATED_EVENT, data: { id: input.id } })
  return new WorkflowResponse(certificate)
})
