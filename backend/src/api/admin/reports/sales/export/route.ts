/** GET: the same sales as a CSV file for Excel: UTF-8 with a BOM, Vietnamese headings, amounts as whole đồng. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attachmentDisposition, salesCsv, salesCsvFilename } from "@ocop/domain/reports"
import { salesReport } from "../../../../../lib/reports"
import type { AdminSalesReportQuery } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminSalesReportQuery>, res: MedusaResponse) {
  const { period, by } = req.validatedQuery as AdminSalesReportQuery
  const report = await salesReport(req.scope, period, by)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", attachmentDisposition(salesCsvFilename(by, report.period)))
  res.setHeader("Cache-Control", "no-store")
  res.send(Buffer.from(salesCsv(report.groups, by, report.period), "utf8"))
}
