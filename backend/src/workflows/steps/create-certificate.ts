import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type CertificateFields = {
  decision_number: string
  decision_date: string
  issuing_authority: string
  star_rating: number
  total_score: number
  score_a?: number | null
  score_b?: number | null
  score_c?: number | null
  evaluation_kind?: "new" | "re_evaluation" | "upgrade"
  criteria_decision?: string
  verified?: boolean
  is_sample?: boolean
  product_set_id: string
  document_url?: string | null
  document_file_id?: string | null
  submitted_by_producer_id?: string | null
  expiry_warned_at?: Date | string | null
}

export const createCertificateStep = createStep(
  "create-certificate",
  async (input: CertificateFields, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [certificate] = await ocop.createCertificates([input])
    return new StepResponse(certificate!, certificate!.id)
  },
  async (certificateId, { container }) => {
    if (!certificateId) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteCertificates(certificateId)
  }
)
