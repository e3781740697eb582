// Buyers' reviews and sold counts as the store API sends them (backend api/store/products/[id]/reviews):
// approved reviews only, with the product's summary. Read with the product page, under its tag, so an
// approved review reaches the cached page when the backend revalidates the product.
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import { describeError, StoreApiError, type StoreClient } from "./store-api";
import { ERROR_CODES } from "@ocop/domain/errors";
import { isPhotoRefusal, type PhotoRefusal } from "./photo-refusal";
import type { PhotoMetadata } from "./types";

/** The approved reviews' average (one decimal) and count, and the units sold; null and 0 before the first. */
export type ProductFeedback = { review_average: number | null; review_count: number; sold_count: number };

/** An approved review as every buyer reads it; its photo (if the buyer added one) as the photo pipeline made it. */
export type PublicReview = {
  id: string;
  rating: number;
  body: string;
  reviewer_name: string;
  locale: "vi" | "en";
  photo: PhotoMetadata | null;
  created_at: string;
};

export type ProductReviews = { feedback: ProductFeedback; reviews: PublicReview[]; count: number };

/** How many reviews the product page shows, newest first. */
export const REVIEWS_ON_PAGE = 10;

export async function getProductReviews(medusa: StoreClient, product: { id: string; handle: string }): Promise<ProductReviews> {
  const { feedback, reviews, count } = await medusa.fetch<ProductReviews>(`/store/products/${encodeURIComponent(product.id)}/reviews`, {
    query: { limit: REVIEWS_ON_PAGE },
    cache: { tags: [CACHE_TAGS.product(product.handle)] },
  });
  return { feedback, reviews, count };
}

/** The signed-in buyer's own review, as they see it: with its status and the operator's note on a rejection. */
export type MyReview = {
  id: string;
  product_id: string;
  rating: number;
  body: string;
  status: "pending" | "approved" | "rejected";
  moderation_note: string | null;
  created_at: string;
};

export type MyReviews = { reviews: MyReview[]; reviewable_product_ids: string[] };

/** The buyer's reviews, and the delivered products they have not reviewed yet. */
export async function listMyReviews(medusa: StoreClient, token: string): Promise<MyReviews> {
  return medusa.fetch<MyReviews>("/store/customers/me/reviews", { token });
}

export type ReviewedProduct = { id: string; title: string; handle: string; thumbnail: string | null; metadata?: Record<string, unknown> | null };

/** The products the page names, by id: their titles in both languages, handles and thumbnails. */
export async function reviewedProducts(medusa: StoreClient, ids: string[]): Promise<Map<string, ReviewedProduct>> {
  if (ids.length === 0) return new Map();
  const { products } = await medusa.fetch<{ products: ReviewedProduct[] }>("/store/products", {
    query: { id: ids, fields: "id,title,handle,thumbnail,+metadata", limit: ids.length },
  });
  return new Map(products.map((product) => [product.id, product]));
}

export type ReviewSubmission = { rating: number; body: string; locale: "vi" | "en"; /** The buyer's optional photo. */ photo?: File };
export type SubmitReviewResult =
  | { ok: true }
  | { ok: false; reason: "not_received" | "already_reviewed" | "refused" | "signed_out" | "unavailable" }
  | { ok: false; reason: "photo_refused"; code: PhotoRefusal };

/** The review as the backend takes it: JSON, or multipart/form-data when it carries a photo (field `photo`). */
export function reviewBody({ photo, ...review }: ReviewSubmission): ReviewSubmission | FormData {
  if (!photo) return review;
  const form = new FormData();
  form.append("rating", String(review.rating));
  form.append("body", review.body);
  form.append("locale", review.locale);
  form.append("photo", photo, photo.name);
  return form;
}

export async function submitReview(medusa: StoreClient, token: string, productId: string, review: ReviewSubmission): Promise<SubmitReviewResult> {
  try {
    // A photo takes the pipeline a few seconds on a busy machine.
    await medusa.fetch(`/store/products/${encodeURIComponent(productId)}/reviews`, { method: "POST", body: reviewBody(review), token, timeoutMs: review.photo ? 60_000 : undefined });
    return { ok: true };
  } catch (error) {
    if (error instanceof StoreApiError) {
      if (isPhotoRefusal(error.code)) return { ok: false, reason: "photo_refused", code: error.code };
      if (error.code === ERROR_CODES.reviewNotAllowed) return { ok: false, reason: "not_received" };
      if (error.code === ERROR_CODES.reviewExists) return { ok: false, reason: "already_reviewed" };
      if (error.status === 401) return { ok: false, reason: "signed_out" };
      if (error.status === 400 || error.status === 404) return { ok: false, reason: "refused" };
    }
    console.error(`[reviews] a review could not be sent: ${describeError(error)}`);
    return { ok: false, reason: "unavailable" };
  }
}
