import { OcopBadge } from "@/components/ocop-badge";
import { Photo } from "@/components/photo";
import { formatVnd } from "@/lib/money";
import { startingPrice } from "@/lib/prices";
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
};

export function ProductCard({ product, aboveTheFold, first }: ProductCardProps) {
  const price = startingPrice(product.variants);
  const cover = product.images?.toSorted((a, b) => a.rank - b.rank)[0] ?? null;
  const producer = product.producer;

  return (
    <article className={styles.card}>
      <Photo
        image={cover}
        fallbackUrl={product.thumbnail}
        alt={product.title}
        sizes={PHOTO_SIZES}
        loading={aboveTheFold ? "eager" : "lazy"}
        fetchPriority={first ? "high" : undefined}
        className={styles.photo}
      />
      <div className={styles.body}>
        <div className={styles.mark}>
          <OcopBadge ocop={product.ocop} />
        </div>
        <h2 className={styles.title}>{product.title}</h2>
        {producer && (
          <p className={styles.producer}>
            <span className={styles.producerName}>{producer.name}</span>
            <span className={styles.province}>{producer.province.name}</span>
          </p>
        )}
        <p className={styles.price}>
          {price ? (
            <>
              {price.varies && <span className={styles.from}>từ </span>}
              {formatVnd(price.amount)}
            </>
          ) : (
            <span className={styles.noPrice}>Chưa có giá</span>
          )}
        </p>
      </div>
    </article>
  );
}
