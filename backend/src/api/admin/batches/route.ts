/**
 * GET: the producers' batches for the operator, newest first; `?flagged=true` only those scanned
 * more than SCAN_FLAG_MULTIPLIER times their quantity (@ocop/domain/batches), most scanned first:
 * the labels that may have been copied.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type BatchRecord, presentBatches } from "../../../lib/product-batches"
import { PRODUCT_BATCH_MODULE } from "../../../modules/product-batch"
import type ProductBatchModuleService from "../../../modules/product-batch/service"
import type { AdminListBatchesQuery } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { flagged, limit, offset } = req.validatedQuery as AdminListBatchesQuery
  const service = req.scope.resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE)
  if (flagged === "true") {
    const ids = await service.flaggedBatchIds()
    const page = ids.slice(offset, offset + limit)
    const batches = page.length ? await service.listProductBatches({ id: page }) : []
    const byRank = batches.toSorted((a, b) => page.indexOf(a.id) - page.indexOf(b.id))
    res.json({ batches: await presentBatches(req.scope, byRank as BatchRecord[]), count: ids.length, limit, offset })
    return
  }
  const [batches, count] = await service.listAndCountProductBatches({}, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ batches: await presentBatches(req.scope, batches as BatchRecord[]), count, limit, offset })
}
