/** GET: the commission rates set (the default, per industry, per producer). POST: set one (replacing the rate of the same scope). */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_COMMISSION_BPS } from "@ocop/domain/ledger"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { setCommissionRateWorkflow } from "../../../workflows/set-commission-rate"
import type { AdminSetCommissionRate } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rates = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).listCommissionRates({}, { order: { scope: "ASC", scope_id: "ASC" } })
  res.json({ commission_rates: rates, built_in_default_bps: DEFAULT_COMMISSION_BPS })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSetCommissionRate>, res: MedusaResponse) {
  const { result } = await setCommissionRateWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ commission_rate: result })
}
