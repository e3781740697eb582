/** GET: every producer with a ledger, its figures and what is due to it, the most due first. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const summaries = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).summaries()
  const { data: producers } = summaries.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "producer",
        fields: ["id", "name", "handle", "province_code", "bank_bin", "bank_account_number", "bank_account_name"],
        filters: { id: summaries.map((summary) => summary.producer_id) },
      })
    : { data: [] }
  const byId = new Map((producers as { id: string }[]).map((producer) => [producer.id, producer]))
  res.json({ balances: summaries.map((summary) => ({ ...summary, producer: byId.get(summary.producer_id) ?? null })) })
}
