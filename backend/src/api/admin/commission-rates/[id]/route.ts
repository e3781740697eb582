/** DELETE: remove a rate; its lines fall back to the industry's or the default rate from then on. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [rate] = await ledger.listCommissionRates({ id: req.params.id! })
  if (!rate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No commission rate ${req.params.id} was found.`)
  await ledger.deleteCommissionRates(rate.id)
  res.json({ id: rate.id, object: "commission_rate", deleted: true })
}
