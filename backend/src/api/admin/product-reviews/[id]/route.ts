/** POST /admin/product-reviews/:id { status, note }: the operator approves a pending review, or rejects it saying why. */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateProductReviewWorkflow } from "../../../../workflows/moderate-product-review"
import type { AdminModerateReview } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminModerateReview>, res: MedusaResponse) {
  const { result } = await moderateProductReviewWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ product_review: result })
}
