/** GET: the batches of one of the producer's products, newest first. POST: the producer records a batch of one of its packs. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { type BatchRecord, presentBatches } from "../../../../../lib/product-batches"
import { PRODUCT_BATCH_MODULE } from "../../../../../modules/product-batch"
import type ProductBatchModuleService from "../../../../../modules/product-batch/service"
import { recordProductBatchWorkflow } from "../../../../../workflows/record-product-batch"
import type { ProducerCreateBatch } from "../../../batches/validators"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const batches = await req.scope
    .resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE)
    .listProductBatches({ product_id: req.params.id!, producer_id: req.producer.id }, { order: { created_at: "DESC" } })
  res.json({ batches: await presentBatches(req.scope, batches as BatchRecord[]) })
}

export async function POST(req: ProducerRequest<ProducerCreateBatch>, res: MedusaResponse) {
  const { result } = await recordProductBatchWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: req.producer.id, product_id: req.params.id! },
  })
  const [batch] = await presentBatches(req.scope, [result as BatchRecord])
  res.status(201).json({ batch })
}
