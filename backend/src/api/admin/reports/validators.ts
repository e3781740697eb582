import { z } from "@medusajs/framework/zod"
import { DomainRuleError } from "@ocop/domain/errors"
import { PERIOD_PRESETS, reportPeriod, SALES_GROUPINGS } from "@ocop/domain/reports"

/** One of `values`, refused with our sentence (Medusa's own wording for an enum names no alternative to choose by). */
const oneOf = <V extends string>(values: readonly V[], message: string) =>
  z
    .string()
    .refine((value): value is V => (values as readonly string[]).includes(value), message)
    .transform((value) => value as V)

const periodFields = {
  from: z.string().optional(),
  to: z.string().optional(),
  preset: oneOf(PERIOD_PRESETS, "preset is this_month, last_month or this_year; or give from and to as YYYY-MM-DD.").optional(),
}

/** The period of Vietnam's days a report covers (@ocop/domain/reports), refused with its sentence when it is no period. */
function withPeriod<Q extends { from?: string; to?: string; preset?: (typeof PERIOD_PRESETS)[number] }>(query: Q, context: z.RefinementCtx) {
  try {
    return { ...query, period: reportPeriod(query) }
  } catch (error) {
    if (!(error instanceof DomainRuleError)) throw error
    context.addIssue({ code: z.ZodIssueCode.custom, message: error.message })
    return z.NEVER
  }
}

export const AdminReportPeriodQuery = z.object(periodFields).transform(withPeriod)
export type AdminReportPeriodQuery = z.infer<typeof AdminReportPeriodQuery>

export const AdminSalesReportQuery = z
  .object({ ...periodFields, by: oneOf(SALES_GROUPINGS, "by is province, industry, star or producer.").default("province") })
  .transform(withPeriod)
export type AdminSalesReportQuery = z.infer<typeof AdminSalesReportQuery>
