/** GET: one order holding the producer's products, as the producer sees it (present-order.ts); 404 for an order without its lines. */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../../lib/producer-access"
import { producerOrder } from "../present-order"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ order: await producerOrder(req.scope, req.producer.id, req.params.id!) })
}
