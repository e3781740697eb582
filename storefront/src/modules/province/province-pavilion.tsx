// One province's pavilion: the programme office's banner and introduction when it curated one, its
// products and producers (the featured ones first), and a kind word when it has none yet.
import { useLocale, useTranslations } from "next-intl";
import { Photo } from "@/components/photo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { unitName } from "@/lib/localized";
import type { ProductList } from "@/lib/product-groups";
import { featuredFirst, type Pavilion } from "@/lib/trade-promotion";
import type { Producer } from "@/lib/types";
import { ProductGrid } from "@/modules/catalogue/product-grid";
import styles from "./province.module.css";

type PavilionProps = {
  province: { code: string; name: string };
  products: ProductList;
  /** The first page of them. */
  producers: readonly Producer[];
  producerCount: number;
  curation: Pavilion;
};

export function ProvincePavilion({ province, products: found, producers: listed, producerCount, curation }: PavilionProps) {
  const t = useTranslations("Province");
  const tProducer = useTranslations("Producer");
  const locale = useLocale() as Locale;
  const name = unitName(province.name, locale);
  const introduction = locale === "en" ? (curation.introduction_en ?? curation.introduction) : curation.introduction;
  const list = { ...found, products: featuredFirst(found.products, curation.products.map((product) => product.id), (product) => product.id) };
  const producers = featuredFirst(listed, curation.producers.map((producer) => producer.id), (producer) => producer.id);
  return (
    <div className={styles.page}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <Link href="/provinces">{t("listTitle")}</Link>
      </nav>
      {curation.banner && (
        <Photo
          photo={curation.banner}
          url={null}
          alt={t("bannerAlt", { province: name })}
          sizes="(min-width: 1280px) 1232px, 100vw"
          loading="eager"
          fetchPriority="high"
          className={styles.banner}
        />
      )}
      <h1 className={styles.title}>{t("pavilionTitle", { province: name })}</h1>
      {introduction && <p className={styles.introduction}>{introduction}</p>}
      {list.total === 0 ? (
        <div className={styles.empty}>
          <p>{t("emptyBody", { province: name })}</p>
          <p>
            <Link href="/provinces">{t("emptyOthers")}</Link> · <Link href="/products">{t("emptyAll")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className={styles.lead}>{t("pavilionLead", { products: list.total, producers: producerCount })}</p>
          <section aria-labelledby="pavilion-products-heading">
            <h2 id="pavilion-products-heading" className={styles.sectionTitle}>
              {t("productsTitle")}
            </h2>
            <ProductGrid products={list.products} headingLevel="h3" />
            {list.total > list.products.length && (
              <p className={styles.more}>
                <Link href={{ pathname: "/products", query: { province: province.code } }}>{t("allProducts", { count: list.total })}</Link>
              </p>
            )}
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
