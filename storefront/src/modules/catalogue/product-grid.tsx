import type { Product } from "@/lib/types";
import { ProductCard } from "./product-card";
import styles from "./catalogue.module.css";

/** Two rows of two on a phone, one row of four on a wide screen. */
const ABOVE_THE_FOLD = 4;

export function ProductGrid({ products }: { products: readonly Product[] }) {
  return (
    <ul className={styles.grid}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} aboveTheFold={index < ABOVE_THE_FOLD} first={index === 0} />
        </li>
      ))}
    </ul>
  );
}
