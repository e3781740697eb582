// Filters, facets, sorting and pages of the catalogue, answered by the search index (Meilisearch,
// or the backend's Postgres search when it is down), so a page costs the same at any catalogue size.
import { listProvinces } from "@ocop/domain/admin-units";
import { CACHE_TAGS } from "@ocop/domain/cache-tags";
import type { StarRating } from "@ocop/domain/ocop";
import type { CatalogueQuery } from "./catalogue-query";
import { industriesOf } from "./product-sets";
import {
  type FacetDistribution,
  type ProductSearchFilters,
  type ProductSearchHit,
  type ProductSearchRequest,
  type ProductSearchResult,
  type SearchEngine,
  type SearchFacet,
  searchProducts,
} from "./search";
import type { ProductSetWithIndustry } from "./types";

export const CATALOGUE_PAGE_SIZE = 24;
/** The index answers at most this many hits per query (maxTotalHits in the backend's index settings). */
const MAX_REACHABLE_HITS = 1000;

export type CatalogueFacets = {
  stars: Map<StarRating, number>;
  /** By industry handle. */
  industries: Map<string, number>;
  /** By product set handle. */
  productSets: Map<string, number>;
  /** By 2025 province code. */
  provinces: Map<string, number>;
};

export type CataloguePage = {
  /** Which engine answered: the page says so when it was the fallback, which matches words less well. */
  engine: SearchEngine;
  products: ProductSearchHit[];
  /** Products matching the filters, over all pages. */
  count: number;
  pageCount: number;
  facets: CatalogueFacets;
};

/** A facet of the filter panel: the index's facet it counts, and the filter it is chosen by. */
const PANEL_FACETS = [
  { facet: "star_rating", filter: "starRatings" },
  { facet: "industry", filter: "industryCode" },
  { facet: "product_set", filter: "productSetNumber" },
  { facet: "province", filter: "provinceCode" },
] as const satisfies readonly { facet: SearchFacet; filter: keyof ProductSearchFilters }[];

/** The catalogue's URL state as the index's filters, by the codes the index stores. */
export function catalogueFilters(query: CatalogueQuery, productSets: readonly ProductSetWithIndustry[]): ProductSearchFilters {
  const set = productSets.find((entry) => entry.handle === query.productSet);
  const industry = industriesOf(productSets).find((entry) => entry.handle === query.industry);
  return {
    ...(query.stars.length > 0 ? { starRatings: query.stars } : {}),
    ...(industry ? { industryCode: industry.code } : {}),
    ...(set ? { productSetNumber: set.number } : {}),
    ...(query.province ? { provinceCode: query.province } : {}),
    ...(query.priceMin !== null ? { priceMin: query.priceMin } : {}),
    ...(query.priceMax !== null ? { priceMax: query.priceMax } : {}),
    ...(query.inStock ? { inStock: true } : {}),
  };
}

/**
 * One page of products and the panel's counts. A facet's counts apply every filter but its own, so
 * choosing 5★ still shows how many 4★ there are: a chosen facet is counted by a query of its own,
 * the others come with the page.
 */
export async function searchCatalogue(
  query: CatalogueQuery,
  productSets: readonly ProductSetWithIndustry[],
  search: (request: ProductSearchRequest) => Promise<ProductSearchResult> = searchProducts,
): Promise<CataloguePage> {
  const filters = catalogueFilters(query, productSets);
  const chosen = PANEL_FACETS.filter(({ filter }) => filters[filter] !== undefined);
  const counted = PANEL_FACETS.filter(({ filter }) => filters[filter] === undefined).map(({ facet }) => facet);
  // Browsing is cached like the other lists until a product changes: the common pages are asked
  // for again and again. Searches are not: any words can be typed, and each would fill the cache.
  const cacheTags = query.q ? undefined : [CACHE_TAGS.products];
  const [page, ...chosenCounts] = await Promise.all([
    search({
      q: query.q,
      filters,
      sort: query.sort,
      limit: CATALOGUE_PAGE_SIZE,
      offset: (query.page - 1) * CATALOGUE_PAGE_SIZE,
      facets: counted,
      exactTotal: true,
      cacheTags,
    }),
    ...chosen.map(({ facet, filter }) =>
      search({ q: query.q, filters: { ...filters, [filter]: undefined }, limit: 0, facets: [facet], cacheTags }),
    ),
  ]);
  const facets: FacetDistribution = Object.assign({}, page.facets, ...chosenCounts.map((result) => result.facets));
  return {
    engine: page.engine,
    products: page.hits,
    count: page.total,
    pageCount: Math.max(1, Math.ceil(Math.min(page.total, MAX_REACHABLE_HITS) / CATALOGUE_PAGE_SIZE)),
    facets: keyedFacets(facets, productSets),
  };
}

/** Both engines count by the Vietnamese name; the pages key them by the handles and codes their URLs use. */
export function keyedFacets(facets: FacetDistribution, productSets: readonly ProductSetWithIndustry[]): CatalogueFacets {
  const keyed = <K,>(counts: Record<string, number> | undefined, key: (name: string) => K | undefined) => {
    const map = new Map<K, number>();
    for (const [name, count] of Object.entries(counts ?? {})) {
      const value = key(name);
      if (value !== undefined) map.set(value, count);
    }
    return map;
  };
  const industryHandles = new Map(industriesOf(productSets).map((industry) => [industry.name_vi, industry.handle]));
  const setHandles = new Map(productSets.map((set) => [set.name_vi, set.handle]));
  const provinceCodes = new Map(listProvinces().map((province) => [province.name, province.code]));
  return {
    stars: keyed(facets.star_rating, (name) => (["3", "4", "5"].includes(name) ? (Number(name) as StarRating) : undefined)),
    industries: keyed(facets.industry, (name) => industryHandles.get(name)),
    productSets: keyed(facets.product_set, (name) => setHandles.get(name)),
    provinces: keyed(facets.province, (name) => provinceCodes.get(name)),
  };
}
