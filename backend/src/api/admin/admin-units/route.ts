import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProvinces } from "@ocop/domain/admin-units"

/** The 34 provinces since 2025-07-01, for the Admin's address pickers (the units' file is the server's to read). */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ provinces: listProvinces().map(({ code, name }) => ({ code, name })) })
}
