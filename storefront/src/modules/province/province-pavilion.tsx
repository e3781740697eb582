// One province's pavilion: its products, its producers, and a kind word when it has none yet.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Producer, Product } from "@/lib/types";
import { ProductGrid } from "@/modules/catalogue/product-grid";
import styles from "./province.module.css";

type PavilionProps = {
  province: { code: string; name: string };
  products: readonly Product[];
  producers: readonly Producer[];
};

export function ProvincePavilion({ province, products, producers }: PavilionProps) {
  const t = useTranslations("Province");
  const tProducer = useTranslations("Producer");
  return (
    <div className={styles.page}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <Link href="/provinces">{t("listTitle")}</Link>
      </nav>
      <h1 className={styles.title}>{t("pavilionTitle", { province: province.name })}</h1>
      {products.length === 0 ? (
        <div className={styles.empty}>
          <p>{t("emptyBody", { province: province.name })}</p>
          <p>
            <Link href="/provinces">{t("emptyOthers")}</Link> · <Link href="/products">{t("emptyAll")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className={styles.lead}>{t("pavilionLead", { products: products.length, producers: producers.length })}</p>
          <section aria-labelledby="pavilion-products-heading">
            <h2 id="pavilion-products-heading" className={styles.sectionTitle}>
              {t("productsTitle")}
            </h2>
            <ProductGrid products={products} headingLevel="h3" />
          </section>
        </>
      )}
      {producers.length > 0 && (
        <section aria-labelledby="pavilion-producers-heading" className={styles.producers}>
          <h2 id="pavilion-producers-heading" className={styles.sectionTitle}>
            {t("producersTitle")}
          </h2>
          <ul className={styles.producerList}>
            {producers.map((producer) => (
              <li key={producer.id}>
                <Link href={{ pathname: "/producers/[handle]", params: { handle: producer.handle } }} className={styles.producerLink}>
                  {producer.name}
                </Link>
                <span className={styles.producerMeta}>
                  {tProducer(`kind.${producer.kind}`)}
                  {producer.commune ? ` · ${producer.commune.name}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
