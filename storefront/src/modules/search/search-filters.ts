// The facets of a results page as links: each value with its count and the URL that chooses it,
// and each chosen value with the URL that removes it. Facet names come from the index in
// Vietnamese (both engines count by name); they are matched to the handles and codes the URL uses.
import type { ComponentProps } from "react";
import type { Link } from "@/i18n/navigation";
import type { ContentLocale } from "@/lib/localized";
import { ocopName, provinceName } from "@/lib/localized";
import type { Province } from "@/lib/provinces";
import { keyedFacets } from "@/lib/catalogue-search";
import type { FacetDistribution } from "@/lib/search";
import { type SearchPageQuery, searchPageParams } from "@/lib/search-query";
import type { Industry, ProductSetWithIndustry, StarRating } from "@/lib/types";

type Href = ComponentProps<typeof Link>["href"];

export type Catalogues = {
  industries: readonly Industry[];
  productSets: readonly ProductSetWithIndustry[];
  provinces: readonly Pick<Province, "code" | "name">[];
};

export type FacetOption = { key: string; label: string; count: number | null; active: boolean; href: Href };
export type FacetGroup = { facet: "stars" | "industry" | "productSet" | "province" | "inStock"; options: FacetOption[] };

export function searchHref(query: SearchPageQuery): Href {
  return { pathname: "/search", query: searchPageParams(query) };
}

/** Choosing or removing a facet value starts again from the first page. */
function toggled(query: SearchPageQuery, change: Partial<SearchPageQuery>): Href {
  return searchHref({ ...query, ...change, page: 1 });
}

const byCount = (a: FacetOption, b: FacetOption) => Number(b.active) - Number(a.active) || (b.count ?? 0) - (a.count ?? 0);

export function facetGroups(
  query: SearchPageQuery,
  facets: FacetDistribution,
  catalogues: Catalogues,
  locale: ContentLocale,
  starLabel: (stars: StarRating) => string,
  inStockLabel: string,
): FacetGroup[] {
  const keyed = keyedFacets(facets, catalogues.productSets);
  const stars = ([5, 4, 3] as const)
    .map((value) => ({
      key: String(value),
      label: starLabel(value),
      count: keyed.stars.get(value) ?? 0,
      active: query.stars === value,
      href: toggled(query, { stars: query.stars === value ? null : value }),
    }))
    .filter((option) => option.active || option.count > 0);

  const counted = <T,>(entries: readonly T[], key: (entry: T) => string, counts: Map<string, number>) =>
    entries.flatMap((entry) => {
      const count = counts.get(key(entry));
      return count ? [{ entry, count }] : [];
    });

  const industries = counted(catalogues.industries, (industry) => industry.handle, keyed.industries).map(({ entry: industry, count }) => {
    const active = query.industry === industry.handle;
    return { key: industry.handle, label: ocopName(industry, locale), count, active, href: toggled(query, { industry: active ? null : industry.handle }) };
  });

  const productSets = counted(catalogues.productSets, (set) => set.handle, keyed.productSets).map(({ entry: set, count }) => {
    const active = query.productSet === set.handle;
    return { key: set.handle, label: ocopName(set, locale), count, active, href: toggled(query, { productSet: active ? null : set.handle }) };
  });

  const provinces = counted(catalogues.provinces, (province) => province.code, keyed.provinces).map(({ entry: province, count }) => {
    const active = query.province === province.code;
    return { key: province.code, label: provinceName(province.name, locale), count, active, href: toggled(query, { province: active ? null : province.code }) };
  });

  // Meilisearch counts what is in stock; the fallback does not, so the option shows no count there.
  const inStockCount = facets.in_stock ? (facets.in_stock.true ?? 0) : null;
  const inStock = [
    { key: "in_stock", label: inStockLabel, count: inStockCount, active: query.inStock, href: toggled(query, { inStock: !query.inStock }) },
  ].filter((option) => option.active || option.count !== 0);

  return [
    { facet: "stars" as const, options: stars },
    { facet: "industry" as const, options: industries.toSorted(byCount) },
    { facet: "productSet" as const, options: productSets.toSorted(byCount) },
    { facet: "province" as const, options: provinces.toSorted(byCount) },
    { facet: "inStock" as const, options: inStock },
  ].filter((group) => group.options.length > 0);
}

/** The chosen facet values, each with the link that removes it: for the chips above the results and the empty state. */
export function activeFilters(
  query: SearchPageQuery,
  catalogues: Catalogues,
  locale: ContentLocale,
  starLabel: (stars: StarRating) => string,
  inStockLabel: string,
): { key: string; label: string; href: Href }[] {
  const active: { key: string; label: string; href: Href }[] = [];
  if (query.stars) active.push({ key: "stars", label: starLabel(query.stars), href: toggled(query, { stars: null }) });
  const industry = catalogues.industries.find((entry) => entry.handle === query.industry);
  if (industry) active.push({ key: "industry", label: ocopName(industry, locale), href: toggled(query, { industry: null }) });
  const set = catalogues.productSets.find((entry) => entry.handle === query.productSet);
  if (set) active.push({ key: "set", label: ocopName(set, locale), href: toggled(query, { productSet: null }) });
  const province = catalogues.provinces.find((entry) => entry.code === query.province);
  if (province) active.push({ key: "province", label: provinceName(province.name, locale), href: toggled(query, { province: null }) });
  if (query.inStock) active.push({ key: "in_stock", label: inStockLabel, href: toggled(query, { inStock: false }) });
  return active;
}
