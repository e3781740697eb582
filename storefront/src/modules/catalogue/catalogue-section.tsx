// The home page catalogue: every product, OCOP-certified ones first.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Product } from "@/lib/types";
import { ProductGrid } from "./product-grid";
import styles from "./catalogue.module.css";

export function CatalogueSection({ products }: { products: readonly Product[] }) {
  const t = useTranslations("Home");
  return (
    <section aria-labelledby="catalogue-heading" className={styles.section}>
      <div className={styles.intro}>
        <h2 id="catalogue-heading" className={styles.heading}>
          {t("allTitle")}
        </h2>
        <p className={styles.lead}>{t("allLead")}</p>
        <p className={styles.count}>
          {t("count", { count: products.length })} · <Link href="/products">{t("seeAll")}</Link>
        </p>
      </div>
      {products.length > 0 ? (
        <ProductGrid products={products} headingLevel="h3" />
      ) : (
        <p className={styles.empty}>{t("empty")}</p>
      )}
    </section>
  );
}
