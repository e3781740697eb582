// Which catalogue views are cached whole, like the product page, and the key each is cached under.
//
// Browsing the catalogue is asked for again and again: the menu's and home page's links, one filter
// at a time, a few pages deep. Those views are rendered once and served from Next's cache until the
// products tag is revalidated (app/[locale]/browse/[view]). Everything else, a search's words, a
// price range, filters combined, is rendered per request: any words or numbers can be sent, and a
// cache keyed by them would grow without bound. So the views that are cached are a closed set,
// known before any request: no filter or one (a star, an industry, a product set or a province),
// in stock or not, each order, the first pages.
import { type CatalogueQuery, catalogueSearchParams, DEFAULT_QUERY, type KnownValues, parseCatalogueQuery, type SearchParams } from "./catalogue-query";

/** Deeper pages are rare: they render per request. */
export const CACHED_PAGES = 5;

/** The key of a view with no parameters at all (a path segment cannot be empty). */
const WHOLE_CATALOGUE = "all";

/** The parameters a cached view may have; any other parameter, even one the parser ignores, renders per request. */
const CACHEABLE_PARAMS = new Set(["stars", "industry", "set", "province", "in_stock", "sort", "page"]);

/**
 * The cache key of the view a catalogue URL asks for, or null when the view is rendered per request.
 * Equal views share one key whatever the order or spelling of their parameters ("page=1", the
 * default sort), so the cache holds each view once.
 */
export function cachedViewKey(search: URLSearchParams, known: KnownValues): string | null {
  for (const key of search.keys()) if (!CACHEABLE_PARAMS.has(key)) return null;
  const params: SearchParams = {};
  for (const key of new Set(search.keys())) params[key] = search.getAll(key);
  const { query, problems } = parseCatalogueQuery(params, known);
  if (problems.length > 0 || !isCachedView(query)) return null;
  const canonical = new URLSearchParams();
  for (const [key, value] of Object.entries(catalogueSearchParams(query))) {
    for (const entry of Array.isArray(value) ? value : [value]) canonical.append(key, entry);
  }
  return canonical.size === 0 ? WHOLE_CATALOGUE : canonical.toString();
}

/** The search params of a cached view, from its key (as it arrives in the route's params: decoded once). */
export function viewParams(key: string): SearchParams {
  if (key === WHOLE_CATALOGUE) return {};
  const search = new URLSearchParams(key);
  const params: SearchParams = {};
  for (const name of new Set(search.keys())) params[name] = search.getAll(name);
  return params;
}

function isCachedView(query: CatalogueQuery): boolean {
  if (query.q !== DEFAULT_QUERY.q || query.priceMin !== null || query.priceMax !== null) return false;
  if (query.page > CACHED_PAGES) return false;
  const narrowing = [query.stars.length > 0, query.industry !== null, query.productSet !== null, query.province !== null];
  return query.stars.length <= 1 && narrowing.filter(Boolean).length <= 1;
}
