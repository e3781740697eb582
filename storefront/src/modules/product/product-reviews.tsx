// The product page's reviews: the summary (average and count), then the newest approved reviews,
// each by a buyer whose order of it was delivered, with the buyer's photo if they added one.
// Server-rendered; no script.
import { useFormatter, useTranslations } from "next-intl";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { ProductReviews as Reviews } from "@/lib/reviews";
import { Stars } from "./stars";
import styles from "./reviews.module.css";

export function ProductReviews({ reviews }: { reviews: Reviews }) {
  const t = useTranslations("Product.reviews");
  const format = useFormatter();
  const { feedback } = reviews;
  return (
    <section aria-labelledby="reviews-heading" className={styles.reviews}>
      <h2 id="reviews-heading">{t("title")}</h2>
      {feedback.review_average === null ? (
        <p className={styles.muted}>{t("none")}</p>
      ) : (
        <p className={styles.reviewSummary}>
          <Stars rating={feedback.review_average} label={t("average", { average: format.number(feedback.review_average), count: feedback.review_count })} />
          <span aria-hidden="true">
            {format.number(feedback.review_average)} · {t("count", { count: feedback.review_count })}
          </span>
        </p>
      )}
      {reviews.reviews.length > 0 && (
        <ol className={styles.reviewList}>
          {reviews.reviews.map((review) => (
            <li key={review.id} className={styles.review}>
              <p className={styles.reviewHead}>
                <Stars rating={review.rating} label={t("rating", { rating: review.rating })} />
                <span className={styles.reviewer}>{review.reviewer_name}</span>
                <span className={styles.verified}>{t("verified")}</span>
                <time dateTime={review.created_at} className={styles.muted}>
                  {format.dateTime(new Date(review.created_at), { dateStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" })}
                </time>
              </p>
              <p lang={review.locale}>{review.body}</p>
              {review.photo && (
                <Photo
                  photo={review.photo}
                  url={null}
                  alt={t("photoAlt", { name: review.reviewer_name })}
                  // Below the fold: drawn at most 16rem wide, as a thumbnail beside the text.
                  sizes="(min-width: 40rem) 16rem, 60vw"
                  className={styles.reviewPhoto}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <p className={styles.muted}>
        {t("onlyVerified")} <Link href="/account/reviews">{t("writeLink")}</Link>
      </p>
    </section>
  );
}
