/** GET: the producer's own ledger: sales, commission, settlements paid and the balance due, with its entries (paged). */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../lib/producer-access"
import { producerLedger } from "../../../lib/producer-ledger"
import type { LedgerPageQuery } from "../../validators"

export async function GET(req: ProducerRequest<unknown, LedgerPageQuery>, res: MedusaResponse) {
  res.json(await producerLedger(req.scope, req.producer.id, req.validatedQuery as LedgerPageQuery))
}
