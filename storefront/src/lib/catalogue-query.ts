// The catalogue's state as it lives in the URL: parsed from search params, and written back to them.
// A search is the catalogue with words to match: the header's box opens /san-pham?q=….
import type { StarRating } from "@ocop/domain/ocop";

export const CATALOGUE_SORTS = ["featured", "price_asc", "price_desc", "stars", "newest"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export type CatalogueQuery = {
  /** The words searched for, NFC and trimmed; "" browses the whole catalogue. */
  q: string;
  stars: StarRating[];
  /** Industry handle, e.g. "thuc-pham". */
  industry: string | null;
  /** Product set handle. */
  productSet: string | null;
  /** 2025 province code, e.g. "37". */
  province: string | null;
  /** Integer VND, inclusive. */
  priceMin: number | null;
  priceMax: number | null;
  inStock: boolean;
  sort: CatalogueSort;
  /** 1-based. */
  page: number;
};

/** A value from the URL that was ignored, for the page to tell the buyer. */
export type QueryProblem =
  | { kind: "stars" | "industry" | "productSet" | "province" | "price" | "sort" | "page"; value: string }
  | { kind: "priceRange"; min: number; max: number };

export type SearchParams = Record<string, string | string[] | undefined>;

/** What the parser checks handles and codes against. */
export type KnownValues = { industries: ReadonlySet<string>; productSets: ReadonlySet<string>; provinces: ReadonlySet<string> };

/** Longer text is cut: nobody types more, and the index would only spend longer on it. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

export const DEFAULT_QUERY: CatalogueQuery = {
  q: "",
  stars: [],
  industry: null,
  productSet: null,
  province: null,
  priceMin: null,
  priceMax: null,
  inStock: false,
  sort: "featured",
  page: 1,
};

const STARS = new Set(["3", "4", "5"]);

function all(params: SearchParams, key: string): string[] {
  const value = params[key];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An empty field of a submitted form means "any".
  return values.map((entry) => entry.normalize("NFC").trim()).filter((entry) => entry !== "");
}

function first(params: SearchParams, key: string): string | undefined {
  return all(params, key)[0];
}

/** The words searched for in a URL's `q`: NFC, trimmed, cut to SEARCH_QUERY_MAX_LENGTH; "" without any. */
export function searchWords(params: SearchParams): string {
  return (first(params, "q") ?? "").slice(0, SEARCH_QUERY_MAX_LENGTH).trim();
}

export function parseCatalogueQuery(params: SearchParams, known: KnownValues): { query: CatalogueQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const query: CatalogueQuery = { ...DEFAULT_QUERY, stars: [] };
  query.q = searchWords(params);

  for (const value of new Set(all(params, "stars"))) {
    if (STARS.has(value)) query.stars.push(Number(value) as StarRating);
    else problems.push({ kind: "stars", value });
  }
  query.stars.sort((a, b) => b - a);

  const choose = (key: string, kind: "industry" | "productSet" | "province", allowed: ReadonlySet<string>) => {
    const value = first(params, key);
    if (value === undefined) return null;
    if (allowed.has(value)) return value;
    problems.push({ kind, value });
    return null;
  };
  query.industry = choose("industry", "industry", known.industries);
  query.productSet = choose("set", "productSet", known.productSets);
  query.province = choose("province", "province", known.provinces);

  const price = (key: string) => {
    const value = first(params, key);
    if (value === undefined) return null;
    // "100.000" and "100000" both mean a hundred thousand đồng: dots group thousands in Vietnamese.
    const digits = value.replace(/[.\s₫]/g, "");
    if (/^\d{1,12}$/.test(digits)) return Number(digits);
    problems.push({ kind: "price", value });
    return null;
  };
  query.priceMin = price("min_price");
  query.priceMax = price("max_price");
  if (query.priceMin !== null && query.priceMax !== null && query.priceMin > query.priceMax) {
    problems.push({ kind: "priceRange", min: query.priceMin, max: query.priceMax });
    query.priceMin = null;
    query.priceMax = null;
  }

  query.inStock = first(params, "in_stock") === "1";

  const sort = first(params, "sort");
  if (sort !== undefined) {
    if ((CATALOGUE_SORTS as readonly string[]).includes(sort)) query.sort = sort as CatalogueSort;
    else problems.push({ kind: "sort", value: sort });
  }

  const page = first(params, "page");
  if (page !== undefined) {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) query.page = Number(page);
    else problems.push({ kind: "page", value: page });
  }

  return { query, problems };
}

/** The search params of a catalogue view, leaving out defaults so URLs stay short and canonical; the words come first. */
export function catalogueSearchParams(query: CatalogueQuery): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  if (query.q) params.q = query.q;
  if (query.stars.length > 0) params.stars = query.stars.map(String);
  if (query.industry) params.industry = query.industry;
  if (query.productSet) params.set = query.productSet;
  if (query.province) params.province = query.province;
  if (query.priceMin !== null) params.min_price = String(query.priceMin);
  if (query.priceMax !== null) params.max_price = String(query.priceMax);
  if (query.inStock) params.in_stock = "1";
  if (query.sort !== DEFAULT_QUERY.sort) params.sort = query.sort;
  if (query.page !== 1) params.page = String(query.page);
  return params;
}

/**
 * A submitted filter form's query without what says nothing: empty fields ("any") and the default
 * sort. Null when there is nothing to drop, else the shorter query the URL should have. Works on
 * the raw pairs, so a value the parser would refuse is kept for the page to report.
 */
export function withoutEmptyParams(search: URLSearchParams): URLSearchParams | null {
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of search) {
    if (value.trim() === "" || (key === "sort" && value === DEFAULT_QUERY.sort)) dropped = true;
    else kept.append(key, value);
  }
  return dropped ? kept : null;
}

/** The link to a catalogue view: the catalogue's path with the view's search params. */
export function catalogueHref(query: CatalogueQuery) {
  return { pathname: "/products" as const, query: catalogueSearchParams(query) };
}

/** The same view without its filters: the words and the order stay, the first page again. */
export function withoutFilters(query: CatalogueQuery): CatalogueQuery {
  return { ...DEFAULT_QUERY, q: query.q, sort: query.sort };
}

/** How many filters narrow the catalogue: the stars, the price range and each other field count once. */
export function chosenFilterCount(query: CatalogueQuery): number {
  return [
    query.stars.length > 0,
    query.industry !== null,
    query.productSet !== null,
    query.province !== null,
    query.priceMin !== null || query.priceMax !== null,
    query.inStock,
  ].filter(Boolean).length;
}

/** Whether any filter narrows the catalogue (the words, sort and page do not: clearing filters keeps the search). */
export function hasFilters(query: CatalogueQuery): boolean {
  return chosenFilterCount(query) > 0;
}
