/** POST: the producer puts one of its products on sale; 403 with the reason while it is not approved. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { publishProducerProductWorkflow } from "../../../../../workflows/publish-producer-product"
import { producerProduct } from "../../present-product"

export async function POST(req: ProducerRequest, res: MedusaResponse) {
  await publishProducerProductWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id! } })
  res.json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}
