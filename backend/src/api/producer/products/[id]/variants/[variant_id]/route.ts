/** POST: the producer changes a pack of one of its products (title, codes, price, stock). DELETE: stops selling it; a product keeps one. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../../lib/producer-access"
import { removeProducerVariantWorkflow } from "../../../../../../workflows/remove-producer-variant"
import { updateProducerVariantWorkflow } from "../../../../../../workflows/update-producer-variant"
import { producerProduct } from "../../../present-product"
import type { ProducerUpdateVariant } from "../../../validators"

export async function POST(req: ProducerRequest<ProducerUpdateVariant>, res: MedusaResponse) {
  await updateProducerVariantWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id!, variant_id: req.params.variant_id!, update: req.validatedBody },
  })
  res.json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}

export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await removeProducerVariantWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id!, variant_id: req.params.variant_id! },
  })
  res.json({ id: req.params.variant_id, object: "variant", deleted: true })
}
