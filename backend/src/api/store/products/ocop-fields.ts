/**
 * Adds the OCOP view of a product (its producer, product set, industry and current certificate)
 * to Medusa's own /store/products responses, so every client reads one product shape.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_FIELDS, presentOcopProduct, type RawProduct } from "../../../lib/product-ocop"
import { todayInVietnam } from "../../../modules/ocop/rules"

/**
 * Asks Medusa's product query for the OCOP links, on top of whatever fields the client chose.
 * Medusa's own query validation for this route runs before project middlewares, so the fields
 * are added to the query config it produced.
 */
export function includeOcopFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.queryConfig?.fields
  if (!Array.isArray(fields)) {
    return next(new Error("includeOcopFields must run after Medusa's query validation for /store/products."))
  }
  for (const field of OCOP_FIELDS) {
    if (!fields.includes(field)) fields.push(field)
  }
  next()
}

/** Reshapes the products in the response: raw certificates become the buyer-facing `ocop` view. */
export function presentOcopProducts(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: Record<string, unknown>) => {
    if (body && Array.isArray(body.products)) {
      const today = todayInVietnam()
      body = { ...body, products: (body.products as RawProduct[]).map((p) => presentOcopProduct(p, today)) }
    } else if (body?.product && typeof body.product === "object") {
      body = { ...body, product: presentOcopProduct(body.product as RawProduct) }
    }
    return json(body)
  }) as typeof res.json
  next()
}
