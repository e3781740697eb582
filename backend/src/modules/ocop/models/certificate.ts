import { model } from "@medusajs/framework/utils"
import ProductSet from "./product-set"

export const EVALUATION_KINDS = ["new", "re_evaluation", "upgrade"] as const
export const CRITERIA_DECISIONS = ["1048/QĐ-TTg", "148/QĐ-TTg"] as const

/**
 * One product's OCOP certification in a decision (quyết định công nhận). valid_until is always
 * decision_date + 36 months, computed by the module, never taken from input.
 */
const Certificate = model
  .define({ name: "certificate", tableName: "ocop_certificate" }, {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    decision_number: model.text().searchable(),
    decision_date: model.dateTime(),
    issuing_authority: model.text(),
    star_rating: model.number(),
    total_score: model.number(),
    score_a: model.number().nullable(),
    score_b: model.number().nullable(),
    score_c: model.number().nullable(),
    evaluation_kind: model.enum([...EVALUATION_KINDS]).default("new"),
    criteria_decision: model.text().default("148/QĐ-TTg"),
    valid_until: model.dateTime(),
    verified: model.boolean().default(false),
    is_sample: model.boolean().default(false),
    /** The decision document as uploaded (PDF, or an image with its metadata stripped), stored through the File module. */
    document_url: model.text().nullable(),
    document_file_id: model.text().nullable(),
    /** The producer that uploaded it from the portal; null for one the programme office recorded. */
    submitted_by_producer_id: model.text().nullable(),
    /** When the producer's owners were warned that it expires (once, by jobs/warn-expiring-certificates.ts). */
    expiry_warned_at: model.dateTime().nullable(),
    product_set: model.belongsTo(() => ProductSet, { mappedBy: "certificates" }),
  })
  .indexes([{ on: ["decision_number"] }, { on: ["valid_until"] }])

export default Certificate
