import { model } from "@medusajs/framework/utils"
import { MAX_RATING, MIN_RATING, REVIEW_STATUSES } from "@ocop/domain/reviews"

/**
 * A verified buyer's review of a product: written by a customer whose order of it was delivered
 * (the order is kept), shown once the operator approves it. One per customer and product. The
 * reviewer's public name is fixed when it is written (@ocop/domain/reviews' reviewerName).
 */
const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "prev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    order_id: model.text(),
    rating: model.number(),
    body: model.text(),
    reviewer_name: model.text(),
    locale: model.enum(["vi", "en"]).default("vi"),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    /** What the operator said with a rejection; the buyer reads it. */
    moderation_note: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    /** The buyer's optional photo as the photo pipeline made it (lib/photos.ts' PhotoMetadata): renditions and placeholder, shown with the review. */
    photo: model.json().nullable(),
    /** The File module's files of that photo, kept out of what buyers read. */
    photo_file_ids: model.array().nullable(),
  })
  .indexes([
    { on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status"] },
    { on: ["status"] },
  ])
  .checks([{ name: "product_review_rating_range", expression: (columns) => `${columns.rating} BETWEEN ${MIN_RATING} AND ${MAX_RATING}` }])

export default ProductReview
