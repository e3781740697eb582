/** POST { rank?, cover? }: the producer moves a photo of one of its products and/or makes it the cover. DELETE: removes it and its files. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../../lib/producer-access"
import { arrangeProductPhotoWorkflow } from "../../../../../../workflows/arrange-product-photo"
import { removeProductPhotoWorkflow } from "../../../../../../workflows/remove-product-photo"
import { producerProduct } from "../../../present-product"
import type { ProducerArrangePhoto } from "../../../validators"

export async function POST(req: ProducerRequest<ProducerArrangePhoto>, res: MedusaResponse) {
  await arrangeProductPhotoWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id!, photo_id: req.params.photo_id!, ...req.validatedBody },
  })
  res.json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}

export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await removeProductPhotoWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id!, photo_id: req.params.photo_id! } })
  res.json({ id: req.params.photo_id, object: "photo", deleted: true })
}
