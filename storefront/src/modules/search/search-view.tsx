// The results page: heading and count, a quiet note when the fallback answered, facets with
// counts, chosen filters, sort, highlighted results, pages; or a way out when nothing matched.
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { CATALOGUE_SORTS, type QueryProblem } from "@/lib/catalogue-query";
import type { ProductSearchHit, ProductSearchResult } from "@/lib/search";
import { hasSearchFilters, type SearchPageQuery, searchPageParams } from "@/lib/search-query";
import type { StarRating } from "@/lib/types";
import pageStyles from "../catalogue/catalogue-page.module.css";
import { Pagination } from "../catalogue/pagination";
import { ProductGrid } from "../catalogue/product-grid";
import { QueryProblems } from "../catalogue/query-problems";
import { activeFilters, type Catalogues, facetGroups, searchHref } from "./search-filters";
import styles from "./search.module.css";

export const SEARCH_PAGE_SIZE = 24;

type SearchViewProps = Catalogues & {
  query: SearchPageQuery;
  problems: QueryProblem[];
  results: ProductSearchResult;
  popular: ProductSearchHit[];
};

const SORT_LABELS = {
  featured: "Search.sortFeatured",
  price_asc: "Filters.sortPriceAsc",
  price_desc: "Filters.sortPriceDesc",
  stars: "Filters.sortStars",
  newest: "Filters.sortNewest",
} as const;

const FACET_HEADINGS = {
  stars: "stars",
  industry: "industry",
  productSet: "productSet",
  province: "province",
  inStock: "availability",
} as const;

export function SearchView({ query, problems, results, popular, ...catalogues }: SearchViewProps) {
  const t = useTranslations("Search");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  const starLabel = (stars: StarRating) => t("starOption", { stars });
  const groups = facetGroups(query, results.facets, catalogues, locale, starLabel, t("inStock"));
  const chosen = activeFilters(query, catalogues, locale, starLabel, t("inStock"));
  const pageCount = Math.max(1, Math.ceil(results.total / SEARCH_PAGE_SIZE));
  const pastTheEnd = results.total > 0 && results.hits.length === 0;
  const cleared = searchHref({ ...query, stars: null, industry: null, productSet: null, province: null, inStock: false, page: 1 });

  return (
    <div className={pageStyles.page}>
      <div className={pageStyles.intro}>
        <h1 className={pageStyles.heading}>{query.q ? t("titleWithQuery", { q: query.q }) : t("title")}</h1>
        <p className={pageStyles.count} role="status">
          {t("resultCount", { count: results.total })}
        </p>
      </div>
      {results.engine === "postgres" && <p className={styles.fallback}>{t("fallbackNote")}</p>}
      <QueryProblems problems={problems} cleanHref={searchHref(query)} />

      <div className={pageStyles.layout}>
        <div className={pageStyles.filters}>
          {groups.length > 0 && (
            <details className={styles.panel} open={hasSearchFilters(query)}>
              <summary className={styles.summary}>{t("facetsHeading")}</summary>
              <div className={styles.facets}>
                <h2 className="visually-hidden">{t("facetsHeading")}</h2>
                {groups.map((group) => (
                  <section key={group.facet} className={styles.group} aria-labelledby={`facet-${group.facet}`}>
                    <h3 id={`facet-${group.facet}`} className={styles.groupHeading}>
                      {t(FACET_HEADINGS[group.facet])}
                    </h3>
                    <ul className={styles.options}>
                      {group.options.map((option) => (
                        <li key={option.key}>
                          <Link
                            href={option.href}
                            className={styles.option}
                            aria-current={option.active ? "true" : undefined}
                            aria-label={option.active ? t("remove", { name: option.label }) : undefined}
                          >
                            {group.facet === "stars" && (
                              <span aria-hidden="true" className={styles.stars}>
                                {"★".repeat(Number(option.key))}
                              </span>
                            )}
                            <span className={styles.optionLabel}>{option.label}</span>
                            {option.active ? (
                              <span aria-hidden="true" className={styles.remove}>
                                ×
                              </span>
                            ) : (
                              option.count !== null && <span className={styles.optionCount}>{option.count}</span>
                            )}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            </details>
          )}
        </div>

        <section aria-label={t("title")} className={pageStyles.results}>
          <div className={styles.toolbar}>
            {/* With nothing found, the empty state offers the same chips. */}
            {chosen.length > 0 && results.hits.length > 0 && (
              <ul className={styles.chips} aria-label={t("activeFilters")}>
                {chosen.map((filter) => (
                  <li key={filter.key}>
                    <Link href={filter.href} className={styles.chip} aria-label={t("remove", { name: filter.label })}>
                      {filter.label} <span aria-hidden="true">×</span>
                    </Link>
                  </li>
                ))}
                {chosen.length > 1 && (
                  <li>
                    <Link href={cleared} className={styles.clear}>
                      {t("clearFilters")}
                    </Link>
                  </li>
                )}
              </ul>
            )}
            {results.total > 1 && (
              <form method="get" action={getPathname({ href: "/search", locale })} className={styles.sort}>
                {Object.entries(searchPageParams({ ...query, page: 1 })).flatMap(([name, value]) =>
                  name === "sort"
                    ? []
                    : [value].flat().map((entry) => <input key={`${name}-${entry}`} type="hidden" name={name} value={entry} />),
                )}
                <label htmlFor="search-sort" className={styles.sortLabel}>
                  {t("sort")}
                </label>
                <select id="search-sort" name="sort" defaultValue={query.sort} className={styles.select}>
                  {CATALOGUE_SORTS.map((sort) => (
                    <option key={sort} value={sort}>
                      {tAll(SORT_LABELS[sort])}
                    </option>
                  ))}
                </select>
                <button type="submit" className={styles.sortButton}>
                  {t("sortApply")}
                </button>
              </form>
            )}
          </div>

          {pastTheEnd ? (
            <div className={pageStyles.empty}>
              <p>{t("pageOutOfRange", { page: query.page, pages: pageCount })}</p>
              <Link href={searchHref({ ...query, page: 1 })} className="button">
                {t("firstPage")}
              </Link>
            </div>
          ) : results.hits.length > 0 ? (
            <ProductGrid products={results.hits} />
          ) : (
            <div className={styles.empty}>
              <h2 className={styles.emptyTitle}>{query.q ? t("emptyTitle", { q: query.q }) : t("emptyTitleNoQuery")}</h2>
              {chosen.length > 0 ? (
                <>
                  <p>{t("emptyRemoveFilters")}</p>
                  <ul className={styles.chips}>
                    {chosen.map((filter) => (
                      <li key={filter.key}>
                        <Link href={filter.href} className={styles.chip}>
                          {filter.label} <span aria-hidden="true">×</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                  {query.q && (
                    <p>
                      <Link href={cleared} className="button">
                        {t("emptySearchEverything", { q: query.q })}
                      </Link>
                    </p>
                  )}
                </>
              ) : (
                <p>{t("emptyHint")}</p>
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
          <Pagination current={query.page} pageCount={pageCount} href={(page) => searchHref({ ...query, page })} />
        </section>
      </div>
    </div>
  );
}
