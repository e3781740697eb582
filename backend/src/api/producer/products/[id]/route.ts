/** GET: one of the producer's products, as the producer manages it. POST: the producer edits it (live at once if published). DELETE: archives it. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../lib/producer-access"
import { archiveProducerProductWorkflow } from "../../../../workflows/archive-producer-product"
import { updateProducerProductWorkflow } from "../../../../workflows/update-producer-product"
import { producerProduct } from "../present-product"
import type { ProducerUpdateProduct } from "../validators"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}

export async function POST(req: ProducerRequest<ProducerUpdateProduct>, res: MedusaResponse) {
  await updateProducerProductWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id!, update: req.validatedBody } })
  res.json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}

export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await archiveProducerProductWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id! } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
