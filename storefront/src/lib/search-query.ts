// The search results page's state as it lives in the URL: the query plus the catalogue's own
// parameters (stars, industry, set, province, in_stock, sort, page), parsed by the same rules.
import {
  type CatalogueQuery,
  type CatalogueSort,
  catalogueSearchParams,
  DEFAULT_QUERY,
  type KnownValues,
  parseCatalogueQuery,
  type QueryProblem,
  type SearchParams,
} from "./catalogue-query";
import type { ProductSearchFilters } from "./search";
import type { ProductSetWithIndustry, StarRating } from "./types";

/** Facets narrow one value at a time (the links a facet offers choose one star, one province…). */
export type SearchPageQuery = {
  q: string;
  stars: StarRating | null;
  industry: string | null;
  productSet: string | null;
  province: string | null;
  inStock: boolean;
  sort: CatalogueSort;
  page: number;
};

export const SEARCH_QUERY_MAX_LENGTH = 200;

export function parseSearchPageQuery(params: SearchParams, known: KnownValues): { query: SearchPageQuery; problems: QueryProblem[] } {
  const { query, problems } = parseCatalogueQuery(params, known);
  const q = Array.isArray(params.q) ? params.q[0] : params.q;
  return {
    query: {
      q: (q ?? "").normalize("NFC").trim().slice(0, SEARCH_QUERY_MAX_LENGTH),
      stars: query.stars[0] ?? null,
      industry: query.industry,
      productSet: query.productSet,
      province: query.province,
      inStock: query.inStock,
      sort: query.sort,
      page: query.page,
    },
    problems,
  };
}

/** The URL's search params of a results view, defaults left out; the query comes first. */
export function searchPageParams(query: SearchPageQuery): Record<string, string | string[]> {
  const catalogue: CatalogueQuery = {
    ...DEFAULT_QUERY,
    stars: query.stars ? [query.stars] : [],
    industry: query.industry,
    productSet: query.productSet,
    province: query.province,
    inStock: query.inStock,
    sort: query.sort,
    page: query.page,
  };
  return { ...(query.q ? { q: query.q } : {}), ...catalogueSearchParams(catalogue) };
}

/** Whether a facet narrows the results (the query, sort and page do not count). */
export function hasSearchFilters(query: SearchPageQuery): boolean {
  return query.stars !== null || query.industry !== null || query.productSet !== null || query.province !== null || query.inStock;
}

/** The facets chosen by handle in the URL, as the codes the search index filters on. */
export function searchFilters(query: SearchPageQuery, productSets: readonly ProductSetWithIndustry[]): ProductSearchFilters {
  const set = productSets.find((entry) => entry.handle === query.productSet);
  const industry = productSets.find((entry) => entry.industry?.handle === query.industry)?.industry;
  return {
    ...(query.stars ? { starRatings: [query.stars] } : {}),
    ...(industry ? { industryCode: industry.code } : {}),
    ...(set ? { productSetNumber: set.number } : {}),
    ...(query.province ? { provinceCode: query.province } : {}),
    ...(query.inStock ? { inStock: true } : {}),
  };
}
