// A producer's page: who they are, where (as certified and in 2025 units), their story and products.
import { useLocale, useTranslations } from "next-intl";
import { JsonLd } from "@/components/json-ld";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { formerUnits, producerStory } from "@/lib/producers";
import { breadcrumbLd, organizationLd } from "@/lib/seo";
import { absoluteUrl } from "@/lib/seo-urls";
import type { ProductList } from "@/lib/product-groups";
import type { Producer } from "@/lib/types";
import { ProductGrid } from "@/modules/catalogue/product-grid";
import productStyles from "@/modules/product/product.module.css";
import { ProvincePavilionLink } from "./producer-card";
import styles from "./producer.module.css";

export function ProducerPage({ producer, products: list }: { producer: Producer; products: ProductList }) {
  const t = useTranslations("Producer");
  const tHeader = useTranslations("Header");
  const locale = useLocale() as Locale;
  const story = producerStory(producer, locale);
  const former = formerUnits(producer);
  const url = absoluteUrl(getPathname({ href: { pathname: "/producers/[handle]", params: { handle: producer.handle } }, locale }));
  const place = [producer.commune?.name, producer.province?.name].filter(Boolean).join(", ");

  return (
    <article>
      <JsonLd
        data={[
          organizationLd(producer, url, story),
          breadcrumbLd([
            { name: tHeader("home"), url: absoluteUrl(getPathname({ href: "/", locale })) },
            { name: producer.name, url },
          ]),
        ]}
      />
      <div className={styles.header}>
        <div>
          <div className={styles.identity}>
            {producer.logo_url ? (
              <img src={producer.logo_url} alt="" width={72} height={72} className={styles.logo} />
            ) : (
              <span aria-hidden="true" className={`${styles.logo} ${styles.monogram}`}>
                {producer.name.replace(/^(HTX|Công ty|Hộ kinh doanh|Cơ sở)\s+/u, "").charAt(0)}
              </span>
            )}
            <div>
              <h1 className={styles.title}>{producer.name}</h1>
              <ul className={styles.facts}>
                <li className={styles.chip}>{t(`kind.${producer.kind}`)}</li>
                <li className={`${styles.chip} ${styles.approved}`}>{t("approved")}</li>
                {producer.is_sample && <li className={styles.chip}>{t("sample")}</li>}
              </ul>
            </div>
          </div>
          {story && (
            <section aria-labelledby="producer-story-heading" className={productStyles.text}>
              <h2 id="producer-story-heading">{t("story")}</h2>
              <p className={styles.story}>{story}</p>
            </section>
          )}
        </div>
        <section aria-labelledby="producer-address-heading" className={styles.card}>
          <h2 id="producer-address-heading" className={styles.cardHeading}>
            {t("address")}
          </h2>
          <dl className={styles.place}>
            <dt>{t("place2025")}</dt>
            <dd>{place}</dd>
            <dt>{t("addressAsIssued")}</dt>
            <dd>{producer.address_as_issued}</dd>
            {former && (
              <>
                <dt>{t("placeFormer")}</dt>
                <dd>{former}</dd>
              </>
            )}
          </dl>
          <ProvincePavilionLink producer={producer} />
        </section>
      </div>

      <section aria-labelledby="producer-products-heading" className={styles.products}>
        <h2 id="producer-products-heading">{t("products", { count: list.total })}</h2>
        {list.products.length > 0 ? (
          <ProductGrid products={list.products} headingLevel="h3" />
        ) : (
          <p className={styles.empty}>{t("noProducts")}</p>
        )}
        {list.total > list.products.length && (
          <p className={styles.more}>
            <Link href={{ pathname: "/products", query: { q: producer.name } }}>{t("allProducts", { count: list.total })}</Link>
          </p>
        )}
      </section>
    </article>
  );
}
