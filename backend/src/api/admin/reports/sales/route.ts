/** GET: sales over a period (paid lines, online and at showrooms, less refunds) by province, industry, star or producer. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesReport } from "../../../../lib/reports"
import type { AdminSalesReportQuery } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminSalesReportQuery>, res: MedusaResponse) {
  const { period, by } = req.validatedQuery as AdminSalesReportQuery
  res.json(await salesReport(req.scope, period, by))
}
