import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { withSession } from "@/lib/customer";
import { productTitle } from "@/lib/localized";
import { listMyReviews, reviewedProducts } from "@/lib/reviews";
import styles from "@/modules/account/account.module.css";
import { AccountMessages } from "@/modules/account/account-messages";
import { AccountShell } from "@/modules/account/account-shell";
import { AccountUnavailable } from "@/modules/account/account-unavailable";
import { requireCustomer } from "@/modules/account/require-customer";
import { ReviewForm } from "@/modules/account/review-form";

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ done?: string | string[] }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("metaReviews"), robots: { index: false } };
}

/**
 * The buyer's reviews: a form for each delivered product not reviewed yet, then what they wrote,
 * each with where it stands (waiting for the operator, shown, or not shown and why).
 */
export default async function ReviewsPage({ params, searchParams }: PageProps) {
  const [{ locale }, { done }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const customer = await requireCustomer(locale, "/account/reviews");
  const mine = customer
    ? await withSession("account reviews", async (medusa, token) => {
        const own = await listMyReviews(medusa, token);
        const products = await reviewedProducts(medusa, [...own.reviewable_product_ids, ...own.reviews.map((review) => review.product_id)]);
        return { ...own, products };
      })
    : null;
  if (mine?.status !== "ready") return <AccountUnavailable reloadHref={getPathname({ href: "/account/reviews", locale })} />;
  const { reviews, reviewable_product_ids: reviewable, products } = mine.data;
  const t = await getTranslations("Account");
  const titleOf = (id: string) => {
    const product = products.get(id);
    return product ? productTitle(product, locale) : t("reviews.productGone");
  };

  return (
    <AccountShell current="/account/reviews">
      <h1 className={styles.heading}>{t("reviews.title")}</h1>
      <p className={styles.lead}>{t("reviews.intro")}</p>
      {done === "submitted" && (
        <p role="status" className={styles.notice}>
          {t("reviews.submitted")}
        </p>
      )}
      <section aria-labelledby="to-review-heading">
        <h2 id="to-review-heading" className={styles.subheading}>
          {t("reviews.toReview")}
        </h2>
        {reviewable.length === 0 ? (
          <p className={styles.muted}>{t("reviews.nothingToReview")}</p>
        ) : (
          reviewable.map((productId) => (
            <div key={productId} className={styles.reviewItem}>
              <AccountMessages>
                <ReviewForm locale={locale} productId={productId} productTitle={titleOf(productId)} />
              </AccountMessages>
            </div>
          ))
        )}
      </section>
      {reviews.length > 0 && (
        <section aria-labelledby="my-reviews-heading">
          <h2 id="my-reviews-heading" className={styles.subheading}>
            {t("reviews.mine")}
          </h2>
          {reviews.map((review) => {
            const product = products.get(review.product_id);
            return (
              <article key={review.id} className={styles.reviewItem}>
                <h3>
                  {product ? (
                    <Link href={{ pathname: "/products/[handle]", params: { handle: product.handle } }}>{titleOf(review.product_id)}</Link>
                  ) : (
                    titleOf(review.product_id)
                  )}
                </h3>
                <p>
                  <span aria-hidden="true">{"★".repeat(review.rating)}</span> {t("reviews.outOf", { rating: review.rating })} ·{" "}
                  <strong>{t(`reviews.status.${review.status}`)}</strong>
                </p>
                <p>{review.body}</p>
                {review.status === "rejected" && review.moderation_note && (
                  <p className={styles.muted}>{t("reviews.note", { note: review.moderation_note })}</p>
                )}
              </article>
            );
          })}
        </section>
      )}
    </AccountShell>
  );
}
