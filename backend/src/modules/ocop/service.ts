import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { assertCertificateScores, decisionDate, validUntil } from "@ocop/domain/ocop"
import { enforce } from "../../lib/domain-rules"
import { DECISION_148_INDUSTRIES } from "./decision-148"
import Certificate, { CRITERIA_DECISIONS } from "./models/certificate"
import Industry from "./models/industry"
import ProductSet from "./models/product-set"

export type CertificateInput = {
  id?: string
  decision_date?: Date | string
  star_rating?: number
  total_score?: number
  score_a?: number | null
  score_b?: number | null
  score_c?: number | null
  criteria_decision?: string
  valid_until?: unknown
  [key: string]: unknown
}

/**
 * The OCOP programme's records: industries, product sets and certificates. Every certificate
 * write passes the star-band rules of @ocop/domain/ocop and gets its valid-until computed here,
 * whoever calls it; a read and the write that depends on it share one transaction.
 */
class OcopModuleService extends MedusaService({ Industry, ProductSet, Certificate }) {
  private prepareCertificate(input: CertificateInput, existing?: CertificateInput): CertificateInput {
    if ("valid_until" in input && input.valid_until !== undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "valid_until is not set by hand: it is always the decision date + 36 months.")
    }
    const merged = { ...existing, ...input }
    if (merged.criteria_decision !== undefined && !(CRITERIA_DECISIONS as readonly unknown[]).includes(merged.criteria_decision)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The criteria decision must be one of ${CRITERIA_DECISIONS.join(" or ")}; got "${String(merged.criteria_decision)}".`,
      )
    }
    if (merged.star_rating === undefined || merged.total_score === undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A certificate needs its star rating and total score.")
    }
    if (!merged.decision_date) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A certificate needs its decision date.")
    const scores = {
      star_rating: merged.star_rating,
      total_score: merged.total_score,
      score_a: merged.score_a,
      score_b: merged.score_b,
      score_c: merged.score_c,
    }
    enforce(() => assertCertificateScores(scores))
    const prepared = { ...input }
    if (input.decision_date !== undefined || !existing) {
      const decided = enforce(() => decisionDate(merged.decision_date!))
      prepared.decision_date = decided
      prepared.valid_until = validUntil(decided)
    }
    return prepared
  }

  @InjectTransactionManager()
  // @ts-expect-error the generated overloads stay; this puts the OCOP rules in front of them
  async createCertificates(data: CertificateInput | CertificateInput[], @MedusaContext() sharedContext: Context = {}) {
    const prepared = Array.isArray(data) ? data.map((c) => this.prepareCertificate(c)) : this.prepareCertificate(data)
    // @ts-expect-error see above
    return super.createCertificates(prepared, sharedContext)
  }

  @InjectTransactionManager()
  // @ts-expect-error see createCertificates
  async updateCertificates(data: CertificateInput | CertificateInput[], @MedusaContext() sharedContext: Context = {}) {
    const inputs = Array.isArray(data) ? data : [data]
    const ids = inputs.map((c) => c.id).filter((id): id is string => Boolean(id))
    if (ids.length !== inputs.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each certificate update needs the certificate's id.")
    }
    const existing = await this.listCertificates({ id: ids }, {}, sharedContext)
    const byId = new Map(existing.map((c) => [c.id, c as unknown as CertificateInput]))
    const prepared = inputs.map((input) => {
      const current = byId.get(input.id!)
      if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${input.id} was not found.`)
      return this.prepareCertificate(input, current)
    })
    // @ts-expect-error see createCertificates
    return super.updateCertificates(Array.isArray(data) ? prepared : prepared[0], sharedContext)
  }

  /** Creates the 6 industries and 26 product sets of Decision 148 that are missing; returns how many it created. */
  @InjectTransactionManager()
  async ensureDecision148ProductSets(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    const existingIndustries = await this.listIndustries({}, { relations: ["product_sets"] }, sharedContext)
    let created = 0
    for (const [rank, industry] of DECISION_148_INDUSTRIES.entries()) {
      let record = existingIndustries.find((i) => i.code === industry.code)
      if (!record) {
        const { code, handle, name_vi, name_en } = industry
        record = { ...(await this.createIndustries({ code, handle, name_vi, name_en, rank }, sharedContext)), product_sets: [] }
        created++
      }
      const knownNumbers = new Set((record.product_sets ?? []).map((s) => s.number))
      const missing = industry.sets.filter(([number]) => !knownNumbers.has(number))
      if (missing.length) {
        const industryId = record.id
        await this.createProductSets(
          missing.map(([number, handle, name_vi, name_en]) => ({ number, handle, name_vi, name_en, industry_id: industryId })),
          sharedContext,
        )
        created += missing.length
      }
    }
    return created
  }
}

export default OcopModuleService
