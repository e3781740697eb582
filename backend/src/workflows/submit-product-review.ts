import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/domain/errors"
import { reviewerName } from "@ocop/domain/reviews"
import { PRODUCT_REVIEW_MODULE } from "../modules/product-review"
import type ProductReviewModuleService from "../modules/product-review/service"
import { type PhotoMetadata, preparePhoto } from "../lib/photos"
import { storePreparedPhoto, type UploadedPhoto } from "./steps/product-photos"
import { PRODUCT_REVIEW_SUBMITTED_EVENT } from "../events"

export type SubmitProductReviewWorkflowInput = {
  customer_id: string
  product_id: string
  rating: number
  body: string
  locale: "vi" | "en"
  /** The buyer's optional photo, as sent. */
  photo?: UploadedPhoto
}

type OrderRow = {
  id: string
  status: string
  created_at: string | Date
  items?: { id: string; product_id?: string | null }[] | null
  fulfillments?: { delivered_at?: string | Date | null; canceled_at?: string | Date | null; items?: { line_item_id?: string | null }[] | null }[] | null
}

const NOT_RECEIVED_MESSAGE =
  "Only a buyer who received this product can review it: once an order of it has been delivered to you, you can write your review."

/**
 * The customer's orders that hold the product and whose parcel with it was delivered, newest
 * first: what makes a buyer "verified" for it. A canceled order, or a fulfilment canceled or not
 * yet delivered, does not count.
 */
export async function deliveredOrdersOf(container: MedusaContainer, customerId: string): Promise<{ order_id: string; product_ids: Set<string> }[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "created_at", "items.id", "items.product_id", "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id"],
    filters: { customer_id: customerId },
  })
  return (data as OrderRow[])
    .filter((order) => order.status !== "canceled" && order.status !== "draft")
    .toSorted((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .map((order) => {
      const delivered = new Set(
        (order.fulfillments ?? [])
          .filter((fulfillment) => fulfillment.delivered_at && !fulfillment.canceled_at)
          .flatMap((fulfillment) => (fulfillment.items ?? []).map((item) => item.line_item_id)),
      )
      const productIds = new Set(
        (order.items ?? []).filter((item) => delivered.has(item.id) && item.product_id).map((item) => item.product_id as string),
      )
      return { order_id: order.id, product_ids: productIds }
    })
    .filter((order) => order.product_ids.size > 0)
}

/** The delivered order that makes this customer a verified buyer of the product, and their public name; only reads. */
const findVerifiedPurchaseStep = createStep(
  "find-verified-purchase",
  async (input: { customer_id: string; product_id: string }, { container }) => {
    const order = (await deliveredOrdersOf(container, input.customer_id)).find((order) => order.product_ids.has(input.product_id))
    if (!order) throw new MedusaError(MedusaError.Types.FORBIDDEN, NOT_RECEIVED_MESSAGE, ERROR_CODES.reviewNotAllowed)
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id, { select: ["first_name", "last_name"] })
    return new StepResponse({ order_id: order.order_id, reviewer_name: reviewerName(customer.first_name, customer.last_name) })
  },
)

type StoredReviewPhoto = { photo: PhotoMetadata; photo_file_ids: string[] }

/**
 * The buyer's photo through the one photo pipeline (type sniffed from the bytes, limits, EXIF
 * gone, upright), its renditions stored through the File module; nothing when the review has no
 * photo. The compensation deletes the files it wrote, should the review not be written.
 */
const storeReviewPhotoStep = createStep(
  "store-review-photo",
  async (input: { product_id: string; photo?: UploadedPhoto }, { container }) => {
    if (!input.photo) return new StepResponse<StoredReviewPhoto | null, string[]>(null, [])
    const prepared = await preparePhoto(Buffer.from(input.photo.content, "base64"))
    const image = await storePreparedPhoto(container.resolve(Modules.FILE), prepared, `reviews/${input.product_id}-${Date.now().toString(36)}`)
    return new StepResponse<StoredReviewPhoto | null, string[]>({ photo: image.metadata.photo, photo_file_ids: image.metadata.file_ids }, image.metadata.file_ids)
  },
  async (written, { container }) => {
    if (written?.length) await container.resolve(Modules.FILE).deleteFiles(written)
  },
)

type NewReview = Omit<SubmitProductReviewWorkflowInput, "photo"> & { order_id: string; reviewer_name: string; photo: PhotoMetadata | null; photo_file_ids: string[] | null }

const createReviewStep = createStep(
  "create-product-review",
  async (review: NewReview, { container }) => {
    const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const existing = await reviews.listProductReviews({ customer_id: review.customer_id, product_id: review.product_id }, { select: ["id"] })
    if (existing.length > 0) throw reviewExists()
    try {
      const created = await reviews.createProductReviews({ ...review, body: review.body.normalize("NFC").trim(), status: "pending" })
      return new StepResponse(created, created.id)
    } catch (failure) {
      // Two submits at once: the unique index on customer and product keeps one.
      if ((failure as { code?: unknown }).code === "23505" || /unique|already exists/i.test(String((failure as Error).message))) throw reviewExists()
      throw failure
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).deleteProductReviews(id)
  },
)

function reviewExists(): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, "You have reviewed this product already: each buyer reviews a product once.", ERROR_CODES.reviewExists)
}

/**
 * A verified buyer writes a review (@ocop/domain/reviews checked the score and text before), with
 * an optional photo: it waits for the operator as pending, and the operator is told through the event.
 */
export const submitProductReviewWorkflow = createWorkflow("submit-product-review", (input: SubmitProductReviewWorkflowInput) => {
  const purchase = findVerifiedPurchaseStep({ customer_id: input.customer_id, product_id: input.product_id })
  const photo = storeReviewPhotoStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, photo: input.photo })))
  const review = createReviewStep(
    transform({ input, purchase, photo }, ({ input, purchase, photo }) => ({
      customer_id: input.customer_id,
      product_id: input.product_id,
      rating: input.rating,
      body: input.body,
      locale: input.locale,
      ...purchase,
      photo: photo?.photo ?? null,
      photo_file_ids: photo?.photo_file_ids ?? null,
    })),
  )
  emitEventStep({
    eventName: PRODUCT_REVIEW_SUBMITTED_EVENT,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
  })
  return new WorkflowResponse(review)
})
