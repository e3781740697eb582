import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { SCAN_FLAG_MULTIPLIER } from "@ocop/domain/batches"
import ProductBatch from "./models/product-batch"
import ProductBatchScan from "./models/product-batch-scan"

/** Producers' batches and their scans; who may record one, and for which pack, is the workflows'. */
class ProductBatchModuleService extends MedusaService({ ProductBatch, ProductBatchScan }) {
  /**
   * Counts one opening of the batch's trace page under `scanKey`; the same key again counts
   * nothing. The count is raised in the database, so scans at the same moment are all counted.
   */
  @InjectManager()
  async recordScan(batchId: string, scanKey: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<{ counted: boolean; scan_count: number }> {
    const manager = sharedContext.manager as EntityManager
    const inserted: unknown[] = await manager.execute(
      `insert into product_batch_scan (id, batch_id, scan_key) values (?, ?, ?) on conflict do nothing returning id`,
      [generateEntityId(undefined, "pbscan"), batchId, scanKey],
    )
    const rows: { scan_count: number }[] = inserted.length
      ? await manager.execute(
          `update product_batch set scan_count = scan_count + 1, last_scanned_at = now(), updated_at = now() where id = ? and deleted_at is null returning scan_count`,
          [batchId],
        )
      : await manager.execute(`select scan_count from product_batch where id = ?`, [batchId])
    return { counted: inserted.length > 0, scan_count: Number(rows[0]?.scan_count ?? 0) }
  }

  /** The ids of the batches scanned more than SCAN_FLAG_MULTIPLIER times their quantity: possible copied stamps. */
  @InjectManager()
  async flaggedBatchIds(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const manager = sharedContext.manager as EntityManager
    const rows: { id: string }[] = await manager.execute(
      `select id from product_batch where deleted_at is null and scan_count > ? * quantity order by scan_count desc`,
      [SCAN_FLAG_MULTIPLIER],
    )
    return rows.map((row) => row.id)
  }
}

export default ProductBatchModuleService
