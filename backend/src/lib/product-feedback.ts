/**
 * What buyers have said and bought of each product: the approved reviews' average and count
 * (@ocop/domain/reviews) and the units sold by standing orders. Shown on the product page and, from
 * the search documents, on every card.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { summarizeRatings } from "@ocop/domain/reviews"
import { PRODUCT_REVIEW_MODULE } from "../modules/product-review"
import type ProductReviewModuleService from "../modules/product-review/service"
import { PRODUCT_SALES_MODULE } from "../modules/product-sales"
import type ProductSalesModuleService from "../modules/product-sales/service"

export type ProductFeedback = { review_average: number | null; review_count: number; sold_count: number }

export const NO_FEEDBACK: ProductFeedback = { review_average: null, review_count: 0, sold_count: 0 }

export type FeedbackOf = (productIds: string[]) => Promise<Map<string, ProductFeedback>>

/** The feedback of each product, by id; one without reviews or sales gets NO_FEEDBACK. */
export function feedbackReader(container: MedusaContainer): FeedbackOf {
  return async (productIds) => {
    const ids = [...new Set(productIds)]
    const result = new Map<string, ProductFeedback>()
    if (ids.length === 0) return result
    const [approved, sold] = await Promise.all([
      container
        .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
        .listProductReviews({ product_id: ids, status: "approved" }, { select: ["product_id", "rating"] }),
      container.resolve<ProductSalesModuleService>(PRODUCT_SALES_MODULE).soldCounts(ids),
    ])
    const ratings = new Map<string, number[]>()
    for (const review of approved) ratings.set(review.product_id, [...(ratings.get(review.product_id) ?? []), review.rating])
    for (const id of ids) {
      const { average, count } = summarizeRatings(ratings.get(id) ?? [])
      result.set(id, { review_average: average, review_count: count, sold_count: sold.get(id) ?? 0 })
    }
    return result
  }
}
