/** GET: verified certificates whose valid-until day is within the next 90 days, soonest first. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPIRING_CERTIFICATES_DAYS } from "@ocop/domain/reports"
import { expiringCertificates } from "../../../../lib/reports"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ within_days: EXPIRING_CERTIFICATES_DAYS, certificates: await expiringCertificates(req.scope) })
}
