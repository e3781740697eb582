/**
 * POST: the producer submits one of its products to the programme office, which publishes it in
 * Admin; 403 with the reason while the producer is not approved, 409 for one submitted or on sale.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { submitProducerProductWorkflow } from "../../../../../workflows/submit-producer-product"
import { producerProduct } from "../../present-product"

export async function POST(req: ProducerRequest, res: MedusaResponse) {
  await submitProducerProductWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id! } })
  res.json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}
