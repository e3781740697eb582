import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { CertificateFields } from "./create-certificate"

export type UpdateCertificateStepInput = { id: string } & Partial<CertificateFields>

export const updateCertificateStep = createStep(
  "update-certificate",
  async (input: UpdateCertificateStepInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const previous = await ocop.retrieveCertificate(input.id)
    const updated = await ocop.updateCertificates(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertificates({
      id: previous.id,
      decision_number: previous.decision_number,
      decision_date: previous.decision_date,
      issuing_authority: previous.issuing_authority,
      star_rating: previous.star_rating,
      total_score: previous.total_score,
      score_a: previous.score_a,
      score_b: previous.score_b,
      score_c: previous.score_c,
      evaluation_kind: previous.evaluation_kind,
      criteria_decision: previous.criteria_decision,
      verified: previous.verified,
      is_sample: previous.is_sample,
      expiry_warned_at: previous.expiry_warned_at,
    })
  }
)
