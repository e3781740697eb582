import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { OcopBadge } from "@/components/ocop-badge";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { productTitle } from "@/lib/localized";
import { formatVnd } from "@/lib/money";
import { type StartingPrice, startingPrice } from "@/lib/prices";
import { inStock } from "@/lib/stock";
import type { OcopStatus, Product, ProductImage } from "@/lib/types";
import styles from "./catalogue.module.css";

/** How wide a card's photo is drawn; mirrors the grid columns in catalogue.module.css. */
const PHOTO_SIZES = "(min-width: 75rem) 17.5rem, (min-width: 60rem) 25vw, (min-width: 37.5rem) 33vw, 50vw";

type Placement = {
  /** Cards in the first screenful load their photo eagerly. */
  aboveTheFold: boolean;
  /** The first card's photo is the likely largest paint. */
  first: boolean;
  /** The heading level that fits the page's outline. */
  headingLevel?: "h2" | "h3";
};

export function ProductCard({ product, ...placement }: Placement & { product: Product }) {
  const locale = useLocale() as Locale;
  const title = productTitle(product, locale);
  return (
    <ProductTile
      {...placement}
      handle={product.handle}
      title={title}
      photoAlt={title}
      image={product.images?.toSorted((a, b) => a.rank - b.rank)[0] ?? null}
      thumbnail={product.thumbnail}
      ocop={product.ocop}
      producerName={product.producer?.name}
      provinceName={product.producer?.province.name}
      price={startingPrice(product.variants)}
      inStock={inStock(product)}
    />
  );
}

type ProductTileProps = Placement & {
  handle: string;
  /** Plain or highlighted. (Typed by the link it goes into: next-intl resolves its own copy of React's types.) */
  title: ComponentProps<typeof Link>["children"];
  photoAlt: string;
  image: ProductImage | null;
  thumbnail: string | null;
  ocop: Pick<OcopStatus, "standing" | "star_rating"> | null;
  producerName?: ReactNode;
  provinceName?: ReactNode;
  price: StartingPrice | null;
  inStock: boolean;
  /** A few words around a match in the description, under the title. */
  snippet?: ReactNode;
};

/** The one product card, for catalogue products and search hits alike. */
export function ProductTile(props: ProductTileProps) {
  const { handle, title, photoAlt, image, thumbnail, ocop, producerName, provinceName, price, snippet } = props;
  const { aboveTheFold, first, headingLevel: Heading = "h2" } = props;
  const t = useTranslations("ProductCard");

  return (
    <article className={styles.card}>
      <Photo
        image={image}
        fallbackUrl={thumbnail}
        alt={photoAlt}
        sizes={PHOTO_SIZES}
        loading={aboveTheFold ? "eager" : "lazy"}
        fetchPriority={first ? "high" : undefined}
        className={styles.photo}
      />
      <div className={styles.body}>
        <div className={styles.mark}>
          <OcopBadge ocop={ocop} />
        </div>
        <Heading className={styles.title}>
          {/* The link stretches over the whole card (catalogue.module.css), one tab stop per product. */}
          <Link href={{ pathname: "/products/[handle]", params: { handle } }} className={styles.link}>
            {title}
          </Link>
        </Heading>
        {snippet && <p className={styles.snippet}>{snippet}</p>}
        {producerName && (
          <p className={styles.producer}>
            <span className={styles.producerName}>{producerName}</span>
            {provinceName && <span className={styles.province}>{provinceName}</span>}
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
        {!props.inStock && <p className={styles.soldOut}>{t("outOfStock")}</p>}
      </div>
    </article>
  );
}
