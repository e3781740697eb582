/** GET: one of the producer's certificates, with its state, document and product (another producer's is the guard's 404). */
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { certificatesOfProducts, productOfCertificate } from "../../../../lib/producer-certificates"
import type { ProducerRequest } from "../../../../lib/producer-access"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const productId = await productOfCertificate(req.scope, req.params.id!)
  const certificate = productId ? (await certificatesOfProducts(req.scope, [productId])).find((c) => c.id === req.params.id) : undefined
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This producer has no certificate ${req.params.id}.`)
  res.json({ certificate })
}
