/** POST: the producer adds a pack size to one of its products, with its price and stock. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { addProducerVariantWorkflow } from "../../../../../workflows/add-producer-variant"
import { producerProduct } from "../../present-product"
import type { ProducerCreateVariant } from "../../validators"

export async function POST(req: ProducerRequest<ProducerCreateVariant>, res: MedusaResponse) {
  await addProducerVariantWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id!, variant: req.validatedBody } })
  res.status(201).json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}
