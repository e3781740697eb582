// "★ 4,7 (12 đánh giá) · Đã bán 1,2k": what buyers said and bought, under a product's title and on
// its card. Nothing before the first approved review or sale: no stars a buyer did not give.
import { compactCount } from "@ocop/domain/reviews";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import type { ProductFeedback } from "@/lib/reviews";
import styles from "./reviews.module.css";

export function FeedbackLine({ feedback, reviewsHref }: { feedback: Partial<ProductFeedback>; reviewsHref?: string }) {
  const t = useTranslations("Product.reviews");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const average = feedback.review_average ?? null;
  const count = feedback.review_count ?? 0;
  const sold = feedback.sold_count ?? 0;
  if (average === null && sold === 0) return null;
  const rating = average !== null && (
    <span className={styles.rating}>
      <span aria-hidden="true" className={styles.star}>
        ★
      </span>{" "}
      {t("short", { average: format.number(average), count })}
    </span>
  );
  return (
    <p className={styles.feedback}>
      {rating && reviewsHref ? <a href={reviewsHref}>{rating}</a> : rating}
      {sold > 0 && <span>{t("sold", { sold: compactCount(sold, locale) })}</span>}
    </p>
  );
}
