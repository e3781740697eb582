// The catalogue page, which is also the search results page: heading and count, a quiet note when
// the fallback answered, what was ignored in the URL, filters, results, pages; or a way out when
// nothing matched.
import type { Province } from "@ocop/domain/admin-units";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { type CatalogueQuery, catalogueHref, hasFilters, type QueryProblem, withoutFilters } from "@/lib/catalogue-query";
import type { CataloguePage } from "@/lib/catalogue-search";
import type { ProductSearchHit } from "@/lib/search";
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
  /** Offered when nothing matched, so the page still has something worth opening. */
  popular: ProductSearchHit[];
  industries: Industry[];
  productSets: ProductSetWithIndustry[];
  provinces: Pick<Province, "code" | "name">[];
};

export function CatalogueView({ query, problems, page, popular, industries, productSets, provinces }: CatalogueViewProps) {
  const t = useTranslations("Catalogue");
  const pastTheEnd = page.count > 0 && query.page > page.pageCount;
  const title = query.q ? t("titleWithQuery", { q: query.q }) : t("title");

  return (
    <div className={styles.page}>
      <div className={styles.intro}>
        <h1 className={styles.heading}>{title}</h1>
        <p className={styles.count} role="status">
          {t("resultCount", { count: page.count })}
        </p>
      </div>
      {query.q && page.engine === "postgres" && <p className={styles.fallback}>{t("fallbackNote")}</p>}
      <QueryProblems problems={problems} cleanHref={catalogueHref(query)} />
      <div className={styles.layout}>
        <div className={styles.filters}>
          <CatalogueFilters query={query} facets={page.facets} industries={industries} productSets={productSets} provinces={provinces} />
        </div>
        <section aria-label={title} className={styles.results}>
          {pastTheEnd ? (
            <div className={styles.empty}>
              <p>{t("pageOutOfRange", { page: query.page, pages: page.pageCount })}</p>
              <Link href={catalogueHref({ ...query, page: 1 })} className="button">
                {t("firstPage")}
              </Link>
            </div>
          ) : page.products.length > 0 ? (
            <ProductGrid products={page.products} aboveTheFold />
          ) : (
            <div className={styles.empty}>
              <h2 className={styles.emptyTitle}>{query.q ? t("noResultsFor", { q: query.q }) : t("noResults")}</h2>
              {query.q && <p>{t("searchHint")}</p>}
              {hasFilters(query) && (
                <Link href={catalogueHref(withoutFilters(query))} className="button">
                  {query.q ? t("searchEverything", { q: query.q }) : t("clearFilters")}
                </Link>
              )}
            </div>
          )}
          {popular.length > 0 && (
            <section aria-labelledby="popular-heading" className={styles.popular}>
              <h2 id="popular-heading" className={styles.popularTitle}>
                {t("popularTitle")}
              </h2>
              <ProductGrid products={popular} headingLevel="h3" aboveTheFold={false} />
            </section>
          )}
          <Pagination current={query.page} pageCount={page.pageCount} href={(number) => catalogueHref({ ...query, page: number })} />
        </section>
      </div>
    </div>
  );
}
