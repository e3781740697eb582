import type { ProductSearchHit } from "@/lib/search";
import { ProductCard } from "./product-card";
import styles from "./catalogue.module.css";

/** Two rows of two on a phone, one row of four on a wide screen. */
const ABOVE_THE_FOLD = 4;

type ProductGridProps = {
  products: readonly ProductSearchHit[];
  headingLevel?: "h2" | "h3";
  aboveTheFold?: boolean;
  /** A shelf of a few products: a row not filled is centred rather than left half empty. */
  shelf?: boolean;
};

export function ProductGrid({ products, headingLevel, aboveTheFold = true, shelf = false }: ProductGridProps) {
  return (
    <ul className={shelf ? `${styles.grid} ${styles.shelf}` : styles.grid}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            aboveTheFold={aboveTheFold && index < ABOVE_THE_FOLD}
            first={aboveTheFold && index === 0}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
