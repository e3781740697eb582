/**
 * GET /store/customers/me/reviews: the signed-in buyer's own reviews with their status (and the
 * operator's note on a rejected one), and the delivered products they have not reviewed yet.
 */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { deliveredOrdersOf } from "../../../../../workflows/submit-product-review"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const [reviews, delivered] = await Promise.all([
    req.scope
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .listProductReviews(
        { customer_id: customerId },
        { select: ["id", "product_id", "rating", "body", "status", "moderation_note", "created_at"], order: { created_at: "DESC" } },
      ),
    deliveredOrdersOf(req.scope, customerId),
  ])
  const reviewed = new Set(reviews.map((review) => review.product_id))
  const reviewable = [...new Set(delivered.flatMap((order) => [...order.product_ids]))].filter((id) => !reviewed.has(id))
  res.setHeader("Cache-Control", "no-store")
  res.json({ reviews, reviewable_product_ids: reviewable })
}
