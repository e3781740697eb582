import { model } from "@medusajs/framework/utils"
import { PRODUCER_STATUSES } from "@ocop/domain/producer-accounts"
import ProducerInvite from "./producer-invite"

export const PRODUCER_KINDS = ["cooperative", "household", "enterprise"] as const
export { PRODUCER_STATUSES }

/**
 * The OCOP subject (chủ thể OCOP) that makes and sells products. Its address is kept exactly as
 * printed on its certificates (which may name pre-2025 districts and provinces) beside the 2025
 * two-level codes used for search, pavilions and shipping. Its status moves only by the programme
 * office's decisions (@ocop/domain/producer-accounts); `status_reason` is what the office said with
 * the last rejection or suspension, which the producer's members read.
 */
const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    kind: model.enum([...PRODUCER_KINDS]),
    status: model.enum([...PRODUCER_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    contact_name: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    business_registration_number: model.text().nullable(),
    address_as_issued: model.text(),
    province_code: model.text(),
    commune_code: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    logo_url: model.text().nullable(),
    is_sample: model.boolean().default(false),
    /** The account the programme office pays the producer's settlements into: its bank's NAPAS BIN, the number and the holder's name. */
    bank_bin: model.text().nullable(),
    bank_account_number: model.text().nullable(),
    bank_account_name: model.text().nullable(),
    metadata: model.json().nullable(),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["province_code"] }, { on: ["status"] }])

export default Producer
