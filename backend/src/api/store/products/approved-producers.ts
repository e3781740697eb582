/**
 * The store sells only the products of approved producers: a pending or suspended producer's
 * products leave /store/products and /store/products/:id, cannot be put in a cart, and a cart
 * that already holds them cannot become an order (lib/producer-approval.ts). Their producer pages
 * already 404, and the search index leaves them out.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productsOfUnapprovedProducers } from "../../../lib/producer-approval"

/** Ids of the products whose producer is not approved. */
async function hiddenProductIds(req: MedusaRequest): Promise<string[]> {
  const products = await productsOfUnapprovedProducers(req.scope.resolve(ContainerRegistrationKeys.QUERY))
  return products.map((product) => product.id)
}

/** GET /store/products: the listing leaves those products out, whatever else it filters on. */
export async function listApprovedProducersOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const hidden = await hiddenProductIds(req)
    if (hidden.length > 0) {
      const filters = req.filterableFields
      const asked = filters.id
      if (asked === undefined) {
        filters.id = { $nin: hidden }
      } else {
        const askedIds = Array.isArray(asked) ? (asked as string[]) : [asked as string]
        filters.id = { $in: askedIds.filter((id) => !hidden.includes(id)) }
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** GET /store/products/:id: such a product is not found, as if unpublished. */
export async function retrieveApprovedProducersOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const hidden = await hiddenProductIds(req)
    if (hidden.includes(req.params.id as string)) {
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`))
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** POST /store/carts/:id/line-items: a pack of such a product is refused with a sentence. */
export async function addApprovedProducersOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = ((req.validatedBody ?? req.body) as { variant_id?: unknown } | undefined) ?? {}
    if (typeof body.variant_id !== "string") return next()
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "variant", fields: ["product.id", "product.title"], filters: { id: body.variant_id } })
    const product = data[0]?.product
    if (product && (await hiddenProductIds(req)).includes(product.id)) {
      const message = `${product.title} is not on sale now: its producer is not approved in OCOP Market. Choose another product.`
      return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, message, "producer_not_approved"))
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** POST /store/carts/:id/complete: a cart holding such a product is not turned into an order. */
export async function completeApprovedProducersOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["items.product_id", "items.product_title"], filters: { id: req.params.id } })
    const hidden = new Set(await hiddenProductIds(req))
    const refused = (data[0]?.items ?? []).filter((item) => item && hidden.has(item.product_id as string))
    if (refused.length > 0) {
      const titles = [...new Set(refused.map((item) => item!.product_title))].join(", ")
      const message = `The cart holds products that are not on sale now, as their producer is not approved in OCOP Market: ${titles}. Remove them to place the order.`
      return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, message, "producer_not_approved"))
    }
    next()
  } catch (error) {
    next(error)
  }
}
