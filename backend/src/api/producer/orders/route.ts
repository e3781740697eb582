/** GET: a page of the orders holding the producer's products, newest first, each with only the producer's own lines and parcels. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../lib/producer-access"
import { pageOfProducerOrders } from "./present-order"
import type { ProducerListOrdersQuery } from "./validators"

export async function GET(req: ProducerRequest<unknown, ProducerListOrdersQuery>, res: MedusaResponse) {
  res.json(await pageOfProducerOrders(req.scope, req.producer.id, req.validatedQuery as ProducerListOrdersQuery))
}
