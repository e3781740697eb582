/** GET: a page of the producer's own products, newest first. POST: the producer lists a new product, a draft until it submits it and the programme office publishes it. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../lib/producer-access"
import { createProducerProductWorkflow } from "../../../workflows/create-producer-product"
import { pageOfProducerProducts, producerProduct } from "./present-product"
import type { ProducerCreateProduct, ProducerListProductsQuery } from "./validators"

export async function GET(req: ProducerRequest<unknown, ProducerListProductsQuery>, res: MedusaResponse) {
  res.json(await pageOfProducerProducts(req.scope, req.producer.id, req.validatedQuery as ProducerListProductsQuery))
}

export async function POST(req: ProducerRequest<ProducerCreateProduct>, res: MedusaResponse) {
  const { result } = await createProducerProductWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product: req.validatedBody } })
  res.status(201).json({ product: await producerProduct(req.scope, req.producer.id, result.id) })
}
