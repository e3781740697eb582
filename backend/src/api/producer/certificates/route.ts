/** GET: every certificate of the producer's products, newest decision first, each with its state and product (the portal's home warns of those expiring). */
import type { MedusaResponse } from "@medusajs/framework/http"
import { certificatesOfProducer } from "../../../lib/producer-certificates"
import type { ProducerRequest } from "../../../lib/producer-access"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ certificates: await certificatesOfProducer(req.scope, req.producer.id) })
}
