/** GET: one of the producer's batches, with its Digital Link and its scans (another producer's is the guard's 404). */
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../../../lib/producer-access"
import { type BatchRecord, presentBatches } from "../../../../lib/product-batches"
import { PRODUCT_BATCH_MODULE } from "../../../../modules/product-batch"
import type ProductBatchModuleService from "../../../../modules/product-batch/service"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const record = await req.scope.resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE).retrieveProductBatch(req.params.id!)
  const [batch] = await presentBatches(req.scope, [record as BatchRecord])
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "product.id", "product.title", "product.handle"],
    filters: { id: record.variant_id },
  })
  const variant = data[0] as { title?: string; product?: { id: string; title: string; handle: string } | null } | undefined
  res.json({ batch: { ...batch, pack_title: variant?.title ?? null, product: variant?.product ?? null } })
}
