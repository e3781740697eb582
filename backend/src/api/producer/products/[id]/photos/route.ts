/** POST (multipart/form-data, files in `photos`): the producer adds photos to one of its products, each through the one photo pipeline. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { addProductPhotosWorkflow } from "../../../../../workflows/add-product-photos"
import type { PhotoUploadRequest } from "../../photo-uploads"
import { producerProduct } from "../../present-product"

export async function POST(req: ProducerRequest & Pick<PhotoUploadRequest, "photos">, res: MedusaResponse) {
  await addProductPhotosWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id!, photos: req.photos } })
  res.status(201).json({ product: await producerProduct(req.scope, req.producer.id, req.params.id!) })
}
