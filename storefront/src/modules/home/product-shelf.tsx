// A row of products on the home page with a heading and a link to see more in the catalogue.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ProductSearchHit } from "@/lib/search";
import { ProductGrid } from "@/modules/catalogue/product-grid";
import styles from "./home.module.css";

type ShelfProps = {
  id: string;
  kind: "national" | "newest";
  products: readonly ProductSearchHit[];
  /** Every product in the catalogue, for the "see all" link. */
  total: number;
  aboveTheFold?: boolean;
};

export function ProductShelf({ id, kind, products, total, aboveTheFold = false }: ShelfProps) {
  const t = useTranslations("Home");
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.shelf}>
      <h2 id={`${id}-heading`} className={styles.sectionTitle}>
        {kind === "national" ? t("nationalTitle") : t("newestTitle")}
      </h2>
      {kind === "national" && <p className={styles.shelfLead}>{t("nationalLead")}</p>}
      <ProductGrid products={products} headingLevel="h3" aboveTheFold={aboveTheFold} shelf />
      <p className={styles.shelfMore}>
        <Link
          href={kind === "national" ? { pathname: "/products", query: { stars: "5" } } : { pathname: "/products", query: { sort: "newest" } }}
          className={styles.shelfLink}
        >
          {kind === "national" ? t("nationalMore") : t("seeAllCount", { count: total })}
        </Link>
      </p>
    </section>
  );
}
