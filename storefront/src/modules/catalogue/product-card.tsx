import { useLocale, useTranslations } from "next-intl";
import { OcopBadge } from "@/components/ocop-badge";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productTitle } from "@/lib/localized";
import { formatVnd } from "@/lib/money";
import { startingPrice } from "@/lib/prices";
import { inStock } from "@/lib/stock";
import type { Product } from "@/lib/types";
import styles from "./catalogue.module.css";

/** How wide a card's photo is drawn; mirrors the grid columns in catalogue.module.css. */
const PHOTO_SIZES = "(min-width: 75rem) 17.5rem, (min-width: 60rem) 25vw, (min-width: 37.5rem) 33vw, 50vw";

type ProductCardProps = {
  product: Product;
  /** Cards in the first screenful load their photo eagerly. */
  aboveTheFold: boolean;
  /** The first card's photo is the likely largest paint. */
  first: boolean;
  /** The heading level that fits the page's outline. */
  headingLevel?: "h2" | "h3";
};

export function ProductCard({ product, aboveTheFold, first, headingLevel: Heading = "h2" }: ProductCardProps) {
  const t = useTranslations("ProductCard");
  const locale = useLocale() as Locale;
  const title = productTitle(product, locale);
  const price = startingPrice(product.variants);
  const cover = product.images?.toSorted((a, b) => a.rank - b.rank)[0] ?? null;
  const producer = product.producer;

  return (
    <article className={styles.card}>
      <Photo
        image={cover}
        fallbackUrl={product.thumbnail}
        alt={title}
        sizes={PHOTO_SIZES}
        loading={aboveTheFold ? "eager" : "lazy"}
        fetchPriority={first ? "high" : undefined}
        className={styles.photo}
      />
      <div className={styles.body}>
        <div className={styles.mark}>
          <OcopBadge ocop={product.ocop} />
        </div>
        <Heading className={styles.title}>
          {/* The link stretches over the whole card (catalogue.module.css), one tab stop per product. */}
          <Link href={{ pathname: "/products/[handle]", params: { handle: product.handle } }} className={styles.link}>
            {title}
          </Link>
        </Heading>
        {producer && (
          <p className={styles.producer}>
            <span className={styles.producerName}>{producer.name}</span>
            <span className={styles.province}>{producer.province.name}</span>
          </p>
        )}
        <p className={styles.price}>
          {price ? (
            <>
              {price.varies && <span className={styles.from}>{t("from")} </span>}
              {formatVnd(price.amount)}
            </>
          ) : (
            <span className={styles.noPrice}>{t("noPrice")}</span>
          )}
        </p>
        {!inStock(product) && <p className={styles.soldOut}>{t("outOfStock")}</p>}
      </div>
    </article>
  );
}
