import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CommissionRate from "./models/commission-rate"
import LedgerEntry from "./models/ledger-entry"
import Settlement from "./models/settlement"

export type LedgerSummaryRow = {
  producer_id: string
  sales: number
  refunds: number
  commission: number
  settled: number
  due: number
  last_entry_at: Date | null
}

/** One product's entries over a period, summed: packs sold, gross, refunds (positive) and commission, whole đồng. */
export type ProductSalesRow = { producer_id: string; product_id: string | null; units: number; gross: number; refunds: number; commission: number }

/** The producers' ledger: commission rates, the entries of paid lines and refunds, and settlements. */
class LedgerModuleService extends MedusaService({ CommissionRate, LedgerEntry, Settlement }) {
  /**
   * Each producer's figures, summed in the database (a producer's entries grow with every sale):
   * sales, refunds, commission, what was settled and what is due. Only `producerIds` when given.
   */
  @InjectManager()
  async summaries(producerIds?: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<LedgerSummaryRow[]> {
    if (producerIds?.length === 0) return []
    const manager = sharedContext.manager as EntityManager
    const only = producerIds ? `and producer_id in (${producerIds.map(() => "?").join(", ")})` : ""
    const rows: Record<string, unknown>[] = await manager.execute(
      `select producer_id,
              coalesce(sum(gross) filter (where kind = 'sale'), 0) as sales,
              coalesce(-sum(gross) filter (where kind = 'refund'), 0) as refunds,
              coalesce(sum(commission), 0) as commission,
              coalesce(sum(net) filter (where settlement_id is not null), 0) as settled,
              coalesce(sum(net) filter (where settlement_id is null), 0) as due,
              max(occurred_at) as last_entry_at
         from ledger_entry
        where deleted_at is null ${only}
        group by producer_id
        order by due desc, producer_id`,
      producerIds ?? [],
    )
    return rows.map((row) => ({
      producer_id: String(row.producer_id),
      sales: Number(row.sales),
      refunds: Number(row.refunds),
      commission: Number(row.commission),
      settled: Number(row.settled),
      due: Number(row.due),
      last_entry_at: row.last_entry_at ? new Date(row.last_entry_at as string) : null,
    }))
  }

  /**
   * The entries of [start, end) summed per producer and product in the database, so a report reads
   * one row per product sold however many orders there were: a sale on the day it was paid, a
   * refund on the day it was given.
   */
  @InjectManager()
  async salesByProduct(period: { start: Date; end: Date }, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ProductSalesRow[]> {
    const manager = sharedContext.manager as EntityManager
    const rows: Record<string, unknown>[] = await manager.execute(
      `select producer_id, product_id,
              coalesce(sum(quantity) filter (where kind = 'sale'), 0) as units,
              coalesce(sum(gross) filter (where kind = 'sale'), 0) as gross,
              coalesce(-sum(gross) filter (where kind = 'refund'), 0) as refunds,
              coalesce(sum(commission), 0) as commission
         from ledger_entry
        where deleted_at is null and occurred_at >= ? and occurred_at < ?
        group by producer_id, product_id`,
      [period.start, period.end],
    )
    return rows.map((row) => ({
      producer_id: String(row.producer_id),
      product_id: row.product_id ? String(row.product_id) : null,
      units: Number(row.units),
      gross: Number(row.gross),
      refunds: Number(row.refunds),
      commission: Number(row.commission),
    }))
  }
}

export default LedgerModuleService
