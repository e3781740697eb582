/** POST: the trace page counts one opening of a batch's Digital Link, once per `scan_key`. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isScanCountSuspicious } from "@ocop/domain/batches"
import { PRODUCT_BATCH_MODULE } from "../../../../../../../modules/product-batch"
import type ProductBatchModuleService from "../../../../../../../modules/product-batch/service"
import type { StoreRecordScan } from "../../../../validators"
import { batchOfLabel } from "../batch"

export async function POST(req: MedusaRequest<StoreRecordScan>, res: MedusaResponse) {
  const batch = await batchOfLabel(req.scope, req.params.gtin!, req.params.lot!)
  const scan = await req.scope.resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE).recordScan(batch.id, req.validatedBody.scan_key)
  res.status(scan.counted ? 201 : 200).json({ scan: { ...scan, flagged: isScanCountSuspicious(scan.scan_count, batch.quantity) } })
}
