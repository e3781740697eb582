// Product search: the Meilisearch index through its search-only key, or the backend's Postgres
// search (GET /store/product-search, answered in Meilisearch's shape) when Meilisearch cannot answer.
import type Medusa from "@medusajs/js-sdk";
import type { CatalogueSort } from "./catalogue-query";
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from "./highlight";
import { getMedusa, runtimeEnv, STORE_API_TIMEOUT_MS } from "./medusa";
import type { OcopStanding, StarRating } from "./types";

export type SearchEngine = "meilisearch" | "postgres";

/** The fields of an index document (backend/src/modules/product-search/document.ts) that the storefront shows. */
export type ProductSearchHit = {
  id: string;
  handle: string;
  title: string;
  title_en: string | null;
  description: string | null;
  description_en: string | null;
  producer_name: string;
  producer_handle: string;
  star_rating: StarRating | null;
  ocop_standing: OcopStanding;
  province_code: string;
  province: string | null;
  price_vnd: number | null;
  in_stock: boolean;
  thumbnail: string | null;
  created_at: string;
  /** Meilisearch's copy of the highlighted and cropped texts, marked with <mark>; absent from the Postgres fallback. */
  _formatted?: Partial<Record<HighlightedAttribute, string | null>>;
};

const RETRIEVED_ATTRIBUTES = [
  "id",
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "producer_name",
  "producer_handle",
  "star_rating",
  "ocop_standing",
  "province_code",
  "province",
  "price_vnd",
  "in_stock",
  "thumbnail",
  "created_at",
] as const satisfies readonly (keyof ProductSearchHit)[];

const HIGHLIGHTED_ATTRIBUTES = ["title", "title_en", "producer_name", "province"] as const;
/** Long texts come back as a few words around the match, for a snippet under the title. */
const CROPPED_ATTRIBUTES = ["description", "description_en"] as const;
type HighlightedAttribute = (typeof HIGHLIGHTED_ATTRIBUTES)[number] | (typeof CROPPED_ATTRIBUTES)[number];

/** The facets both engines count. The fallback also counts neither in_stock nor producer_name. */
export type SearchFacet = "star_rating" | "industry" | "product_set" | "province" | "in_stock" | "producer_name";
export type FacetDistribution = Partial<Record<SearchFacet, Record<string, number>>>;

/** The filters both engines apply, by the codes the index stores. */
export type ProductSearchFilters = {
  starRating?: StarRating;
  industryCode?: string;
  productSetNumber?: number;
  provinceCode?: string;
  inStock?: boolean;
};

export type ProductSearchRequest = {
  q: string;
  filters?: ProductSearchFilters;
  /** "featured" is Meilisearch's relevance, which ranks higher certified stars first among equals. */
  sort?: CatalogueSort;
  limit: number;
  offset?: number;
  facets?: readonly SearchFacet[];
};

export type ProductSearchResult = {
  /** Which engine answered: the page says so when it was the fallback. */
  engine: SearchEngine;
  hits: ProductSearchHit[];
  total: number;
  facets: FacetDistribution;
};

export type MeilisearchConfig = { host: string; searchKey: string; index: string };

/** Long enough for a loaded Meilisearch, short enough that a dead one barely delays the fallback. */
const MEILISEARCH_TIMEOUT_MS = 1500;

const SORTS: Record<CatalogueSort, string[] | undefined> = {
  featured: undefined,
  price_asc: ["price_vnd:asc"],
  price_desc: ["price_vnd:desc"],
  stars: ["star_rating:desc", "created_at_ts:desc"],
  newest: ["created_at_ts:desc"],
};

/**
 * Searches with the server's environment, read at request time: Next inlines `NEXT_PUBLIC_*`
 * written literally with the build's values (see medusa.ts).
 */
export async function searchProducts(request: ProductSearchRequest): Promise<ProductSearchResult> {
  const store = await getMedusa();
  return searchProductsWith({ meilisearch: meilisearchConfigFromEnv(), store }, request);
}

function meilisearchConfigFromEnv(): MeilisearchConfig | null {
  const host = runtimeEnv("NEXT_PUBLIC_MEILISEARCH_HOST");
  const searchKey = runtimeEnv("NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY");
  if (!host || !searchKey) return null;
  return { host, searchKey, index: runtimeEnv("NEXT_PUBLIC_MEILISEARCH_INDEX") || "products" };
}

/** Meilisearch first; on a network error, a timeout or an error answer, the backend's Postgres search. */
export async function searchProductsWith(
  backends: { meilisearch: MeilisearchConfig | null; store: Medusa | null },
  request: ProductSearchRequest,
): Promise<ProductSearchResult> {
  if (backends.meilisearch) {
    try {
      return await searchMeilisearch(backends.meilisearch, request);
    } catch (error) {
      if (!backends.store) throw error;
      console.warn(`[search] Meilisearch did not answer, searching Postgres instead: ${describe(error)}`);
    }
  }
  if (!backends.store) throw new Error("Search is not configured: neither Meilisearch nor the store API is set.");
  return searchPostgres(backends.store, request);
}

/** Meilisearch filter expressions, one per filter; the array means AND. */
export function meilisearchFilter(filters: ProductSearchFilters = {}): string[] {
  const expressions: string[] = [];
  if (filters.starRating !== undefined) expressions.push(`star_rating = ${filters.starRating}`);
  if (filters.industryCode !== undefined) expressions.push(`industry_code = ${quote(filters.industryCode)}`);
  if (filters.productSetNumber !== undefined) expressions.push(`product_set_number = ${filters.productSetNumber}`);
  if (filters.provinceCode !== undefined) expressions.push(`province_code = ${quote(filters.provinceCode)}`);
  if (filters.inStock !== undefined) expressions.push(`in_stock = ${filters.inStock}`);
  return expressions;
}

/** A string value in a filter expression: quoted, with quotes and backslashes escaped. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

type MeilisearchResponse = {
  hits: ProductSearchHit[];
  estimatedTotalHits?: number;
  totalHits?: number;
  facetDistribution?: FacetDistribution;
};

async function searchMeilisearch(config: MeilisearchConfig, request: ProductSearchRequest): Promise<ProductSearchResult> {
  const url = new URL(`indexes/${encodeURIComponent(config.index)}/search`, withTrailingSlash(config.host));
  const response = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${config.searchKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      q: request.q,
      filter: meilisearchFilter(request.filters),
      sort: SORTS[request.sort ?? "featured"],
      limit: request.limit,
      offset: request.offset ?? 0,
      facets: request.facets ?? [],
      attributesToRetrieve: RETRIEVED_ATTRIBUTES,
      attributesToHighlight: HIGHLIGHTED_ATTRIBUTES,
      attributesToCrop: CROPPED_ATTRIBUTES,
      cropLength: 18,
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    }),
    cache: "no-store",
    signal: AbortSignal.timeout(MEILISEARCH_TIMEOUT_MS),
  });
  if (!response.ok) {
    throw new Error(`Meilisearch answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
  const body = (await response.json()) as MeilisearchResponse;
  return {
    engine: "meilisearch",
    hits: body.hits,
    total: body.estimatedTotalHits ?? body.totalHits ?? body.hits.length,
    facets: body.facetDistribution ?? {},
  };
}

type PostgresSearchResponse = MeilisearchResponse & { engine: "postgres" };

/** The same filters as query parameters of the backend's fallback; it ranks newest first and cannot sort. */
async function searchPostgres(store: Medusa, request: ProductSearchRequest): Promise<ProductSearchResult> {
  const { starRating, industryCode, productSetNumber, provinceCode, inStock } = request.filters ?? {};
  const body = await store.client.fetch<PostgresSearchResponse>("/store/product-search", {
    query: {
      q: request.q,
      limit: Math.max(1, request.limit),
      offset: request.offset ?? 0,
      ...(starRating !== undefined ? { star_rating: starRating } : {}),
      ...(industryCode !== undefined ? { industry_code: industryCode } : {}),
      ...(productSetNumber !== undefined ? { product_set_number: productSetNumber } : {}),
      ...(provinceCode !== undefined ? { province_code: provinceCode } : {}),
      ...(inStock !== undefined ? { in_stock: String(inStock) } : {}),
    },
    cache: "no-store",
    signal: AbortSignal.timeout(STORE_API_TIMEOUT_MS),
  });
  const wanted = new Set(request.facets ?? []);
  const facets = Object.fromEntries(
    Object.entries(body.facetDistribution ?? {}).filter(([facet]) => wanted.has(facet as SearchFacet)),
  );
  return {
    engine: "postgres",
    // A limit of 0 asks only for counts, which the fallback cannot be asked for directly.
    hits: body.hits.slice(0, request.limit),
    total: body.estimatedTotalHits ?? body.hits.length,
    facets,
  };
}

function withTrailingSlash(host: string): string {
  return host.endsWith("/") ? host : `${host}/`;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
