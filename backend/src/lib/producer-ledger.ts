/**
 * A producer's ledger as the programme office and the producer's own members read it: the figures
 * (sales, refunds, commission, settled, due), the latest entries and the settlements.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"

const EMPTY = { sales: 0, refunds: 0, commission: 0, settled: 0, due: 0, last_entry_at: null }

export async function producerLedger(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [[summary], [entries, count], settlements] = await Promise.all([
    ledger.summaries([producerId]),
    ledger.listAndCountLedgerEntries({ producer_id: producerId }, { order: { occurred_at: "DESC", key: "ASC" }, skip: page.offset, take: page.limit }),
    ledger.listSettlements({ producer_id: producerId }, { order: { period_end: "DESC" } }),
  ])
  const { producer_id: _producer, ...figures } = summary ?? { producer_id: producerId, ...EMPTY }
  return {
    summary: figures,
    entries: entries.map(({ settlement, ...entry }) => entry),
    count,
    limit: page.limit,
    offset: page.offset,
    settlements,
  }
}
