// The product page: photos, OCOP mark, buy box, certificate, producer, description, story, and more
// from the same producer and province. Server-rendered whole; the buy box's form is the only script.
import { useLocale, useTranslations } from "next-intl";
import { OcopBadge } from "@/components/ocop-badge";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productDescription, productStory, productSubtitle, productTitle, unitName } from "@/lib/localized";
import { traceCodeOf } from "@/lib/trace";
import type { Product } from "@/lib/types";
import type { ProductReviews as ProductReviewsData } from "@/lib/reviews";
import type { ProductSearchHit } from "@/lib/search";
import type { VideoLink } from "@/lib/trade-promotion";
import { ProductGrid } from "@/modules/catalogue/product-grid";
import type { Campaign } from "@/lib/campaigns";
import { CampaignPrice, type PackPrice } from "@/modules/campaign/campaign-price";
import { BuyBox } from "@/modules/cart/buy-box";
import { CertificateCard } from "./certificate-card";
import { VideoCards } from "@/modules/fair/video-cards";
import { ProducerCard } from "@/modules/producer/producer-card";
import { FeedbackLine } from "./feedback-line";
import { ProductGallery } from "./product-gallery";
import { ProductReviews } from "./product-reviews";
import styles from "./product.module.css";

type ProductDetailsProps = {
  product: Product;
  reviews: ProductReviewsData;
  moreFromProducer: readonly ProductSearchHit[];
  moreFromProvince: readonly ProductSearchHit[];
  /** Its livestreams and videos, as link cards that load nothing of the platform until clicked. */
  videos: readonly VideoLink[];
  /** The live campaign the product is in, whose prices show beside the buy box. */
  campaign: Campaign | null;
};

export function ProductDetails({ product, reviews, moreFromProducer, moreFromProvince, videos, campaign }: ProductDetailsProps) {
  const t = useTranslations("Product");
  const tHeader = useTranslations("Header");
  const locale = useLocale() as Locale;
  const title = productTitle(product, locale);
  const subtitle = productSubtitle(product, locale);
  const description = productDescription(product, locale);
  const story = productStory(product, locale);
  const producer = product.producer;
  const traceCode = traceCodeOf(product);

  return (
    <article className={styles.product}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <ol>
          <li>
            <Link href="/">{tHeader("home")}</Link>
          </li>
          <li>
            <Link href="/products">{tHeader("products")}</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <div className={styles.layout}>
        <ProductGallery images={product.images ?? []} thumbnail={product.thumbnail} title={title} />

        <div className={styles.summary}>
          <OcopBadge ocop={product.ocop} />
          <h1 className={styles.title}>{title}</h1>
          {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
          <FeedbackLine feedback={reviews.feedback} reviewsHref="#reviews-heading" />
          {campaign && <CampaignPrice campaign={campaign} packs={packPrices(product)} />}
          <BuyBox product={product} />
          <CertificateCard ocop={product.ocop} />
          {traceCode && (
            <p className={styles.trace}>
              <Link href={{ pathname: "/t/[code]", params: { code: traceCode } }}>{t("traceLink")}</Link>{" "}
              <span className={styles.muted}>{t("traceCode", { code: traceCode })}</span>
            </p>
          )}
        </div>
      </div>

      <div className={styles.texts}>
        {story && (
          <section aria-labelledby="story-heading" className={styles.text}>
            <h2 id="story-heading">{t("story")}</h2>
            <p>{story}</p>
          </section>
        )}
        {description && (
          <section aria-labelledby="description-heading" className={styles.text}>
            <h2 id="description-heading">{t("description")}</h2>
            <p>{description}</p>
          </section>
        )}
        {producer && <ProducerCard producer={producer} />}
      </div>

      <VideoCards videos={videos} headingId="product-videos-heading" />

      <ProductReviews reviews={reviews} />

      {producer && moreFromProducer.length > 0 && (
        <section aria-labelledby="more-producer-heading" className={styles.more}>
          <h2 id="more-producer-heading">{t("moreFromProducer", { producer: producer.name })}</h2>
          <ProductGrid products={moreFromProducer} headingLevel="h3" aboveTheFold={false} shelf />
        </section>
      )}
      {producer?.province && moreFromProvince.length > 0 && (
        <section aria-labelledby="more-province-heading" className={styles.more}>
          <h2 id="more-province-heading">{t("moreFromProvince", { province: unitName(producer.province.name, locale) })}</h2>
          <ProductGrid products={moreFromProvince} headingLevel="h3" aboveTheFold={false} shelf />
        </section>
      )}
    </article>
  );
}

/** Each pack with a price, for the campaign's prices beside the buy box. */
function packPrices(product: Product): PackPrice[] {
  return (product.variants ?? []).flatMap((variant) => {
    const amount = variant.calculated_price?.calculated_amount;
    return typeof amount === "number" ? [{ id: variant.id, title: variant.title ?? "", amount }] : [];
  });
}
