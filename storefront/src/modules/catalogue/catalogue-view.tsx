// The catalogue page: heading and count, what was ignored in the URL, filters, results, pages.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { type CatalogueQuery, catalogueSearchParams, hasFilters, type QueryProblem } from "@/lib/catalogue-query";
import type { CataloguePage } from "@/lib/catalogue-search";
import type { Province } from "@/lib/provinces";
import type { Industry, ProductSetWithIndustry } from "@/lib/types";
import { CatalogueFilters } from "./catalogue-filters";
import { Pagination } from "./pagination";
import { ProductGrid } from "./product-grid";
import { QueryProblems } from "./query-problems";
import styles from "./catalogue-page.module.css";

type CatalogueViewProps = {
  query: CatalogueQuery;
  problems: QueryProblem[];
  page: CataloguePage;
  industries: Industry[];
  productSets: ProductSetWithIndustry[];
  provinces: Pick<Province, "code" | "name">[];
};

export function CatalogueView({ query, problems, page, industries, productSets, provinces }: CatalogueViewProps) {
  const t = useTranslations("Catalogue");
  const pastTheEnd = page.count > 0 && query.page > page.pageCount;

  return (
    <div className={styles.page}>
      <div className={styles.intro}>
        <h1 className={styles.heading}>{t("title")}</h1>
        <p className={styles.count} role="status">
          {t("resultCount", { count: page.count })}
        </p>
      </div>
      <QueryProblems problems={problems} cleanHref={{ pathname: "/products", query: catalogueSearchParams(query) }} />
      <div className={styles.layout}>
        <div className={styles.filters}>
          <CatalogueFilters
            query={query}
            facets={page.facets}
            industries={industries}
            productSets={productSets}
            provinces={provinces}
          />
        </div>
        <section aria-label={t("title")} className={styles.results}>
          {pastTheEnd ? (
            <div className={styles.empty}>
              <p>{t("pageOutOfRange", { page: query.page, pages: page.pageCount })}</p>
              <Link href={{ pathname: "/products", query: catalogueSearchParams({ ...query, page: 1 }) }} className="button">
                {t("firstPage")}
              </Link>
            </div>
          ) : page.products.length > 0 ? (
            <ProductGrid products={page.products} aboveTheFold />
          ) : (
            <div className={styles.empty}>
              <p>{t("noResults")}</p>
              {hasFilters(query) && (
                <Link href="/products" className="button">
                  {t("clearFilters")}
                </Link>
              )}
            </div>
          )}
          <Pagination
            current={query.page}
            pageCount={page.pageCount}
            href={(number) => ({ pathname: "/products", query: catalogueSearchParams({ ...query, page: number }) })}
          />
        </section>
      </div>
    </div>
  );
}
