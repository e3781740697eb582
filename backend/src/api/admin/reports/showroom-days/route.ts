/** GET: each showroom's end-of-day totals over a period of Vietnam's days: sales, cash, VietQR, returns, net. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { showroomDays } from "../../../../lib/reports"
import type { AdminReportPeriodQuery } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminReportPeriodQuery>, res: MedusaResponse) {
  const { period } = req.validatedQuery as AdminReportPeriodQuery
  res.json(await showroomDays(req.scope, period))
}
