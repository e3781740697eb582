import { model } from "@medusajs/framework/utils"
import { COMMISSION_SCOPES } from "@ocop/domain/ledger"

/**
 * The platform's commission on a paid line, in basis points: one default, then per industry (its
 * code, "I" to "VI") or per producer (its id); @ocop/domain/ledger commissionRateFor picks one.
 */
const CommissionRate = model
  .define("commission_rate", {
    id: model.id({ prefix: "crate" }).primaryKey(),
    scope: model.enum([...COMMISSION_SCOPES]),
    /** The industry's code or the producer's id; "" for the default. */
    scope_id: model.text().default(""),
    rate_bps: model.number(),
  })
  .indexes([{ on: ["scope", "scope_id"], unique: true, where: "deleted_at IS NULL" }])
  .checks([{ name: "commission_rate_bps_range", expression: (columns) => `${columns.rate_bps} >= 0 AND ${columns.rate_bps} <= 10000` }])

export default CommissionRate
