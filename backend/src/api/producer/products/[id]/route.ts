/** GET: one of the producer's products, as the producer manages it. */
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../../../lib/producer-access"

export const PRODUCER_PRODUCT_FIELDS = ["id", "title", "handle", "status", "subtitle", "thumbnail", "variants.id", "variants.title", "variants.sku"]

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: PRODUCER_PRODUCT_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ product: data[0] })
}
