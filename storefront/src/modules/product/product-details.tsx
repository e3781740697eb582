// The product page: photos, OCOP mark, price and pack sizes, certificate, producer, description, story.
import { useLocale, useTranslations } from "next-intl";
import { OcopBadge } from "@/components/ocop-badge";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productDescription, productStory, productSubtitle, productTitle } from "@/lib/localized";
import { formatVnd } from "@/lib/money";
import { startingPrice } from "@/lib/prices";
import type { Product, ProductVariant } from "@/lib/types";
import { CertificateCard } from "./certificate-card";
import styles from "./product.module.css";

/** The main photo fills the phone's width, and about half of a wide screen. */
const MAIN_PHOTO_SIZES = "(min-width: 60rem) 36rem, 100vw";
const THUMB_SIZES = "6rem";

function variantInStock(variant: ProductVariant): boolean {
  return variant.manage_inventory === false || variant.allow_backorder === true || (variant.inventory_quantity ?? 0) > 0;
}

export function ProductDetails({ product }: { product: Product }) {
  const t = useTranslations("Product");
  const tHeader = useTranslations("Header");
  const locale = useLocale() as Locale;
  const title = productTitle(product, locale);
  const subtitle = productSubtitle(product, locale);
  const description = productDescription(product, locale);
  const story = productStory(product, locale);
  const price = startingPrice(product.variants);
  const images = (product.images ?? []).toSorted((a, b) => a.rank - b.rank);
  const [cover, ...more] = images;
  const producer = product.producer;

  return (
    <article className={styles.product}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <Link href="/">{tHeader("home")}</Link> › <Link href="/products">{tHeader("products")}</Link>
      </nav>
      <div className={styles.layout}>
        <section aria-label={t("photos")} className={styles.gallery}>
          <Photo
            image={cover ?? null}
            fallbackUrl={product.thumbnail}
            alt={t("photoAlt", { title, number: 1 })}
            sizes={MAIN_PHOTO_SIZES}
            loading="eager"
            fetchPriority="high"
            className={styles.mainPhoto}
          />
          {more.length > 0 && (
            <ul className={styles.thumbs}>
              {more.map((image, index) => (
                <li key={image.id}>
                  <Photo image={image} alt={t("photoAlt", { title, number: index + 2 })} sizes={THUMB_SIZES} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <div className={styles.summary}>
          <OcopBadge ocop={product.ocop} />
          <h1 className={styles.title}>{title}</h1>
          {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
          {price && (
            <p className={styles.price}>
              {price.varies && <span className={styles.from}>{t("from")} </span>}
              {formatVnd(price.amount)}
            </p>
          )}
          {(product.variants?.length ?? 0) > 0 && (
            <section aria-labelledby="variants-heading">
              <h2 id="variants-heading" className={styles.smallHeading}>
                {t("variants")}
              </h2>
              <ul className={styles.variants}>
                {product.variants?.map((variant) => (
                  <li key={variant.id} className={styles.variant}>
                    <span>{(locale === "en" && variant.metadata?.title_en) || variant.title}</span>
                    <span className={styles.variantPrice}>
                      {variant.calculated_price ? formatVnd(variant.calculated_price.calculated_amount) : ""}
                    </span>
                    <span className={variantInStock(variant) ? styles.inStock : styles.outOfStock}>
                      {variantInStock(variant) ? t("inStock") : t("outOfStock")}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <CertificateCard ocop={product.ocop} />
          {producer && (
            <section aria-labelledby="producer-heading" className={styles.producer}>
              <h2 id="producer-heading" className={styles.smallHeading}>
                {t("producer")}
              </h2>
              <p className={styles.producerName}>{producer.name}</p>
              <p className={styles.muted}>
                {[producer.commune?.name, producer.province.name].filter(Boolean).join(", ")}
              </p>
              {/* The 2025 units above; the address as certified keeps the old district and province names. */}
              <p className={styles.muted}>{t("addressAsIssued", { address: producer.address_as_issued })}</p>
            </section>
          )}
        </div>
      </div>

      {description && (
        <section aria-labelledby="description-heading" className={styles.text}>
          <h2 id="description-heading">{t("description")}</h2>
          <p>{description}</p>
        </section>
      )}
      {story && (
        <section aria-labelledby="story-heading" className={styles.text}>
          <h2 id="story-heading">{t("story")}</h2>
          <p>{story}</p>
        </section>
      )}
    </article>
  );
}
