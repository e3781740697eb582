import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentOcopProduct } from "@ocop/domain/product"
import { setProductOcopWorkflow } from "../../../../../workflows/set-product-ocop"
import type { AdminSetProductOcop } from "../../../../validators"

/** Everything the operator's OCOP panel shows for a product: producer, product set, certificates. */
async function productOcop(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "product",
      fields: [
        "id",
        "title",
        "status",
        "producer.*",
        "product_set.*",
        "product_set.industry.*",
        "certificates.*",
        "certificates.product_set.*",
      ],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const product = data[0] as Record<string, any>
  const certificates = [...(product.certificates ?? [])].sort(
    (a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime()
  )
  return { ...presentOcopProduct(product), producer_status: product.producer?.status ?? null, certificates }
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: await productOcop(req) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductOcop>, res: MedusaResponse) {
  await productOcop(req)
  await setProductOcopWorkflow(req.scope).run({ input: { product_id: req.params.id!, ...req.validatedBody } })
  res.json({ product: await productOcop(req) })
}
