import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/domain/errors"
import type { ReviewStatus } from "@ocop/domain/reviews"
import { PRODUCT_REVIEW_MODULE } from "../modules/product-review"
import type ProductReviewModuleService from "../modules/product-review/service"
import { PRODUCT_REVIEW_MODERATED_EVENT } from "../events"

export type ModerateProductReviewWorkflowInput = {
  id: string
  status: "approved" | "rejected"
  /** Required with a rejection: the buyer is told why. */
  note?: string | null
}

type Decided = { id: string; status: ReviewStatus; moderation_note: string | null; moderated_at: Date | null }

/** Decides a pending review once; undone by putting it back as it was. */
const decideReviewStep = createStep(
  "decide-product-review",
  async (input: ModerateProductReviewWorkflowInput, { container }) => {
    const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const review = await reviews.retrieveProductReview(input.id)
    if (review.status !== "pending") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `This review was ${review.status} already: a review is decided once.`, ERROR_CODES.reviewDecided)
    }
    const note = input.note?.normalize("NFC").trim() || null
    if (input.status === "rejected" && !note) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Say why the review is rejected (note): the buyer is told.", ERROR_CODES.decisionReasonRequired)
    }
    const decided = await reviews.updateProductReviews({ id: review.id, status: input.status, moderation_note: note, moderated_at: new Date() })
    const before: Decided = { id: review.id, status: review.status, moderation_note: review.moderation_note, moderated_at: review.moderated_at }
    return new StepResponse(decided, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateProductReviews(before)
  },
)

/** The operator approves a review (it is shown and counted) or rejects it with a note. */
export const moderateProductReviewWorkflow = createWorkflow("moderate-product-review", (input: ModerateProductReviewWorkflowInput) => {
  const review = decideReviewStep(input)
  emitEventStep({
    eventName: PRODUCT_REVIEW_MODERATED_EVENT,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, status: review.status })),
  })
  return new WorkflowResponse(review)
})
