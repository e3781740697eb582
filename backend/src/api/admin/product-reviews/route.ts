/** GET /admin/product-reviews: the reviews to moderate (pending by default), oldest first, with their product's title. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { AdminListReviewsQuery } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReviewsQuery>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as AdminListReviewsQuery
  const [reviews, count] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listAndCountProductReviews({ status }, { order: { created_at: status === "pending" ? "ASC" : "DESC" }, take: limit, skip: offset })
  const productIds = [...new Set(reviews.map((review) => review.product_id))]
  const { data: products } = productIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: productIds } })
    : { data: [] }
  const byId = new Map((products as { id: string; title: string; handle: string }[]).map((product) => [product.id, product]))
  res.json({
    product_reviews: reviews.map((review) => ({ ...review, product: byId.get(review.product_id) ?? null })),
    count,
    limit,
    offset,
  })
}
