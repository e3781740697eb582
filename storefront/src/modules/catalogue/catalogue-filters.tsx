// The catalogue's filters and sort as a plain GET form: it works without JavaScript, and what it
// submits is the URL a buyer can share; with JavaScript each change applies at once (LiveFilterForm). Each option shows how many products choosing it would give;
// the words searched for go along, so narrowing a search keeps it.
import type { Province } from "@ocop/domain/admin-units";
import type { StarRating } from "@ocop/domain/ocop";
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import {
  CATALOGUE_SORTS,
  type CatalogueQuery,
  type CatalogueSort,
  catalogueHref,
  chosenFilterCount,
  withoutFilters,
} from "@/lib/catalogue-query";
import type { CatalogueFacets } from "@/lib/catalogue-search";
import { ocopName, unitName } from "@/lib/localized";
import type { Industry, ProductSetWithIndustry } from "@/lib/types";
import styles from "./catalogue-filters.module.css";
import { LiveFilterForm } from "./live-filter-form";

type CatalogueFiltersProps = {
  query: CatalogueQuery;
  facets: CatalogueFacets;
  industries: readonly Industry[];
  productSets: readonly ProductSetWithIndustry[];
  provinces: readonly Pick<Province, "code" | "name">[];
};

const STAR_LEVELS: StarRating[] = [5, 4, 3];

const SORT_LABELS = {
  featured: "sortFeatured",
  price_asc: "sortPriceAsc",
  price_desc: "sortPriceDesc",
  stars: "sortStars",
  newest: "sortNewest",
} as const satisfies Record<CatalogueSort, string>;

export function CatalogueFilters({ query, facets, industries, productSets, provinces }: CatalogueFiltersProps) {
  const t = useTranslations("Filters");
  const tc = useTranslations("Catalogue");
  const locale = useLocale() as Locale;
  const withCount = (name: string, count: number | undefined) => t("optionWithCount", { name, count: count ?? 0 });
  const chosen = chosenFilterCount(query);
  // The provinces that would show something come first; the others, folded under their own heading.
  const stocked = provinces.filter((province) => (facets.provinces.get(province.code) ?? 0) > 0);
  const empty = provinces.filter((province) => (facets.provinces.get(province.code) ?? 0) === 0);

  return (
    // Folded on a phone, so the results come first; its heading says how many filters are chosen.
    <details className={styles.panel}>
      <summary className={styles.summary}>{chosen > 0 ? t("headingChosen", { count: chosen }) : t("heading")}</summary>
      <LiveFilterForm action={getPathname({ href: "/products", locale })} className={styles.form}>
        <h2 className="visually-hidden">{t("heading")}</h2>
        {query.q && <input type="hidden" name="q" value={query.q} />}
        <fieldset className={styles.group}>
          <legend className={styles.label}>{t("stars")}</legend>
          {STAR_LEVELS.map((stars) => (
            <label key={stars} className={styles.check}>
              <input type="checkbox" name="stars" value={stars} defaultChecked={query.stars.includes(stars)} />
              <span aria-hidden="true" className={styles.stars}>
                {"★".repeat(stars)}
              </span>
              {withCount(t("starOption", { stars }), facets.stars.get(stars))}
            </label>
          ))}
        </fieldset>

        <div className={styles.group}>
          <label htmlFor="filter-industry" className={styles.label}>
            {t("industry")}
          </label>
          <select id="filter-industry" name="industry" defaultValue={query.industry ?? ""} className="field-input">
            <option value="">{t("any")}</option>
            {industries.map((industry) => (
              <option key={industry.handle} value={industry.handle}>
                {withCount(ocopName(industry, locale), facets.industries.get(industry.handle))}
              </option>
            ))}
          </select>
        </div>

        <div className={styles.group}>
          <label htmlFor="filter-set" className={styles.label}>
            {t("productSet")}
          </label>
          <select id="filter-set" name="set" defaultValue={query.productSet ?? ""} className="field-input">
            <option value="">{t("any")}</option>
            {industries.map((industry) => (
              <optgroup key={industry.handle} label={ocopName(industry, locale)}>
                {productSets
                  .filter((set) => set.industry?.code === industry.code)
                  .map((set) => (
                    <option key={set.handle} value={set.handle}>
                      {withCount(ocopName(set, locale), facets.productSets.get(set.handle))}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>

        <div className={styles.group}>
          <label htmlFor="filter-province" className={styles.label}>
            {t("province")}
          </label>
          <select id="filter-province" name="province" defaultValue={query.province ?? ""} className="field-input">
            <option value="">{t("any")}</option>
            {stocked.map((province) => (
              <option key={province.code} value={province.code}>
                {withCount(unitName(province.name, locale), facets.provinces.get(province.code))}
              </option>
            ))}
            {empty.length > 0 && (
              <optgroup label={t("provincesWithout")}>
                {empty.map((province) => (
                  <option key={province.code} value={province.code}>
                    {unitName(province.name, locale)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>

        <fieldset className={styles.group}>
          <legend className={styles.label}>{t("price")}</legend>
          <div className={styles.range}>
            <label className={styles.rangeField}>
              <span className={styles.small}>{t("priceMin")}</span>
              <input
                type="number"
                name="min_price"
                min={0}
                step={1000}
                inputMode="numeric"
                placeholder="0"
                defaultValue={query.priceMin ?? undefined}
                className="field-input"
              />
            </label>
            <label className={styles.rangeField}>
              <span className={styles.small}>{t("priceMax")}</span>
              <input
                type="number"
                name="max_price"
                min={0}
                step={1000}
                inputMode="numeric"
                placeholder="500000"
                defaultValue={query.priceMax ?? undefined}
                className="field-input"
              />
            </label>
          </div>
        </fieldset>

        <div className={styles.group}>
          <label className={styles.check}>
            <input type="checkbox" name="in_stock" value="1" defaultChecked={query.inStock} />
            {t("inStock")}
          </label>
        </div>

        <div className={styles.group}>
          <label htmlFor="filter-sort" className={styles.label}>
            {t("sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={query.sort} className="field-input">
            {CATALOGUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {/* With words to match, the default order is how well each product matches them. */}
                {t(sort === "featured" && query.q ? "sortRelevance" : SORT_LABELS[sort])}
              </option>
            ))}
          </select>
        </div>

        <div className={styles.actions}>
          <button type="submit" className={`button ${styles.apply}`}>
            {t("apply")}
          </button>
          {chosen > 0 && <Link href={catalogueHref(withoutFilters(query))}>{tc("clearFilters")}</Link>}
        </div>
      </LiveFilterForm>
    </details>
  );
}
