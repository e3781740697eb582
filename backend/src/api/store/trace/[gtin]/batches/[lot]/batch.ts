/** The batch a label's GS1 Digital Link names: a published pack's GTIN-13 and its lot code. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { isLotCode } from "@ocop/domain/batches"
import { type BatchRecord, publishedVariantOfGtin } from "../../../../../../lib/product-batches"
import { PRODUCT_BATCH_MODULE } from "../../../../../../modules/product-batch"
import type ProductBatchModuleService from "../../../../../../modules/product-batch/service"

export async function batchOfLabel(container: MedusaContainer, gtin: string, lot: string): Promise<BatchRecord> {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No batch ${lot.slice(0, 24)} of the pack ${gtin.slice(0, 14)} is on the marketplace: check the code on the label.`)
  if (!isLotCode(lot)) throw notFound
  const variant = await publishedVariantOfGtin(container, gtin)
  if (!variant) throw notFound
  const [batch] = await container
    .resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE)
    .listProductBatches({ variant_id: variant.id, lot_code: lot }, { take: 1 })
  if (!batch) throw notFound
  return batch as BatchRecord
}
