/** The store API's products as a client sees them: asked for their OCOP links and shown through @ocop/domain/product. */
import type { APIRequestContext } from "@playwright/test"
import { OCOP_STORE_FIELDS, presentOcopProduct } from "@ocop/domain/product"
import { readStack } from "./stack"

type Params = Record<string, string | number>

export async function storeProducts(request: APIRequestContext, params: Params = {}) {
  const stack = readStack()
  const fields = [params.fields, ...OCOP_STORE_FIELDS].filter(Boolean).join(",")
  const response = await request.get(`${stack.backendUrl}/store/products`, {
    headers: { "x-publishable-api-key": stack.publishableKey },
    params: { limit: 100, ...params, fields },
  })
  if (!response.ok()) throw new Error(`GET /store/products answered ${response.status()}: ${await response.text()}`)
  const { products, count } = (await response.json()) as { products: Parameters<typeof presentOcopProduct>[0][]; count: number }
  // Each journey reads the fields it asked for.
  return { products: products.map((product) => presentOcopProduct(product)) as any[], count }
}
