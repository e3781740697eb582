/** POST: the producer puts one of its products on sale; 403 with the reason while it is not approved. */
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../../../../lib/producer-access"
import { publishProducerProductWorkflow } from "../../../../../workflows/publish-producer-product"
import { PRODUCER_PRODUCT_FIELDS } from "../route"

export async function POST(req: ProducerRequest, res: MedusaResponse) {
  await publishProducerProductWorkflow(req.scope).run({ input: { producer_id: req.producer.id, product_id: req.params.id! } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: PRODUCER_PRODUCT_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ product: data[0] })
}
