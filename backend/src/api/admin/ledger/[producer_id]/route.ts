/** GET: one producer's ledger: its figures, entries (newest first, paged) and settlements. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerLedger } from "../../../../lib/producer-ledger"
import type { LedgerPageQuery } from "../../../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, LedgerPageQuery>, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "name", "handle", "bank_bin", "bank_account_number", "bank_account_name"],
    filters: { id: req.params.producer_id! },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer ${req.params.producer_id} was found.`)
  res.json({ producer: data[0], ...(await producerLedger(req.scope, data[0].id, req.validatedQuery as LedgerPageQuery)) })
}
