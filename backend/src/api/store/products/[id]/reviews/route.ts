/**
 * GET /store/products/:id/reviews: a published product's approved reviews, newest first, with the
 * summary (average and count) and its sold count. POST, with a customer's session: a verified
 * buyer's review, pending until the operator decides it (workflows/submit-product-review.ts).
 */
import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { feedbackReader, NO_FEEDBACK } from "../../../../../lib/product-feedback"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { submitProductReviewWorkflow } from "../../../../../workflows/submit-product-review"
import type { StoreListReviewsQuery, StoreSubmitReview } from "../../../../validators"
import type { ReviewFormRequest } from "./review-form"

/** What a buyer sees of a review: no customer, order or file id; its photo's renditions and placeholder. */
export const PUBLIC_REVIEW_FIELDS = ["id", "rating", "body", "reviewer_name", "locale", "photo", "created_at"] as const

async function assertPublished(req: MedusaRequest, productId: string): Promise<void> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id"],
    filters: { id: productId, status: "published" },
  })
  if (data.length === 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product ${productId} in the shop.`)
}

export async function GET(req: MedusaRequest<unknown, StoreListReviewsQuery>, res: MedusaResponse) {
  const productId = req.params.id!
  const { limit, offset } = req.validatedQuery as StoreListReviewsQuery
  await assertPublished(req, productId)
  const [reviews, count] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listAndCountProductReviews(
      { product_id: productId, status: "approved" },
      { select: [...PUBLIC_REVIEW_FIELDS], order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset },
    )
  const feedback = (await feedbackReader(req.scope)([productId])).get(productId) ?? NO_FEEDBACK
  res.json({ feedback, reviews, count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<StoreSubmitReview>, res: MedusaResponse) {
  const productId = req.params.id!
  await assertPublished(req, productId)
  const { result } = await submitProductReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: productId, customer_id: req.auth_context.actor_id, photo: (req as unknown as ReviewFormRequest).photo },
  })
  const { id, product_id, rating, body, status, photo } = result
  res.status(201).json({ review: { id, product_id, rating, body, status, photo: photo ?? null } })
}
