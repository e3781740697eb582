/** GET: what a batch's trace page shows of it (its dates, and whether its scans look like a copied stamp); reading it counts no scan. */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentBatch } from "../../../../../../lib/product-batches"
import { batchOfLabel } from "./batch"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const gtin = req.params.gtin!
  const batch = presentBatch(await batchOfLabel(req.scope, gtin, req.params.lot!), gtin)
  res.json({
    batch: {
      lot_code: batch.lot_code,
      product_id: batch.product_id,
      variant_id: batch.variant_id,
      gtin: batch.gtin,
      quantity: batch.quantity,
      produced_on: batch.produced_on,
      best_before: batch.best_before,
      scan_count: batch.scan_count,
      flagged: batch.flagged,
      digital_link: batch.digital_link,
    },
  })
}
