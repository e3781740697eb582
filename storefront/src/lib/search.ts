// Product search: the Meilisearch index through its search-only key, or the backend's Postgres
// search (GET /store/product-search, answered in Meilisearch's shape) when Meilisearch cannot answer.
import { REVALIDATE_SECONDS } from "@ocop/domain/cache-tags";
import type { OcopStanding, StarRating } from "@ocop/domain/ocop";
import { productSearchPasses, type SearchPass } from "@ocop/domain/search-query";
import type { CatalogueSort } from "./catalogue-query";
import { type CampaignOffer, listLiveCampaigns, withCampaignOffers } from "./campaigns";
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from "./highlight";
import { getMedusa, getMedusaForCachedPage, runtimeEnv } from "./medusa";
import { describeError, type StoreClient } from "./store-api";
import type { PhotoMetadata } from "./types";

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
  /** Whether its packs cost different amounts ("from" before the price). Absent from documents indexed before it existed. */
  price_varies?: boolean;
  in_stock: boolean;
  thumbnail: string | null;
  /** The first photo's renditions and placeholder; absent from documents indexed before it existed. */
  photo?: PhotoMetadata | null;
  created_at: string;
  /** Approved reviews' average and count, units sold; absent from documents indexed before they existed. */
  review_average?: number | null;
  review_count?: number;
  sold_count?: number;
  /** The live campaign that holds it and its price there (lib/campaigns.ts), added by the storefront. */
  campaign_offer?: CampaignOffer | null;
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
  "price_varies",
  "in_stock",
  "thumbnail",
  "photo",
  "created_at",
  "review_average",
  "review_count",
  "sold_count",
] as const satisfies readonly (keyof ProductSearchHit)[];

const HIGHLIGHTED_ATTRIBUTES = ["title", "title_en", "producer_name", "province"] as const;
/** Long texts come back as a few words around the match, for a snippet under the title. */
const CROPPED_ATTRIBUTES = ["description", "description_en"] as const;
type HighlightedAttribute = (typeof HIGHLIGHTED_ATTRIBUTES)[number] | (typeof CROPPED_ATTRIBUTES)[number];

/** The facets both engines count. The fallback also counts neither in_stock nor producer_name. */
export type SearchFacet = "star_rating" | "industry" | "product_set" | "province" | "in_stock" | "producer_name";
export type FacetDistribution = Partial<Record<SearchFacet, Record<string, number>>>;

/** The filters both engines apply, by the codes the index stores; all of them must hold. */
export type ProductSearchFilters = {
  /** Any of these certified stars. */
  starRatings?: readonly StarRating[];
  industryCode?: string;
  productSetNumber?: number;
  provinceCode?: string;
  producerHandle?: string;
  /** Every producer but this one. */
  notProducerHandle?: string;
  /** Integer VND, inclusive, on the lowest price; a product without a price never matches. */
  priceMin?: number;
  priceMax?: number;
  inStock?: boolean;
};

export type ProductSearchRequest = {
  q: string;
  filters?: ProductSearchFilters;
  /** "featured" is relevance, which ranks the higher certified star, then the newest, first among equals. */
  sort?: CatalogueSort;
  limit: number;
  offset?: number;
  facets?: readonly SearchFacet[];
  /**
   * For pages cached whole (ISR): the answer is kept in Next's data cache under these tags, which
   * the backend revalidates when the products behind them change, and the render is not marked
   * dynamic. Without them, asked afresh on every request.
   */
  cacheTags?: readonly string[];
  /**
   * Count every match, not Meilisearch's estimate, which stops at the index's reachable hits
   * (maxTotalHits): asks for the in-stock facet too, whose two counts add up to every match.
   */
  exactTotal?: boolean;
  /** The buyer is still typing (suggestions): the last word may be the start of one. */
  asYouType?: boolean;
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
  // A cached answer belongs to a page cached whole, which must not be marked dynamic (see medusa.ts).
  const store = request.cacheTags ? getMedusaForCachedPage() : await getMedusa();
  const [result, campaigns] = await Promise.all([
    searchProductsWith({ meilisearch: meilisearchConfigFromEnv(), store }, request),
    // Counts alone show no price.
    // Without the campaigns (a backend hiccup) the cards show the usual prices, not an error.
    store && request.limit > 0 ? listLiveCampaigns(store).catch(() => []) : [],
  ]);
  return { ...result, hits: withCampaignOffers(result.hits, campaigns) };
}

function meilisearchConfigFromEnv(): MeilisearchConfig | null {
  const host = runtimeEnv("NEXT_PUBLIC_MEILISEARCH_HOST");
  const searchKey = runtimeEnv("NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY");
  if (!host || !searchKey) return null;
  return { host, searchKey, index: runtimeEnv("NEXT_PUBLIC_MEILISEARCH_INDEX") || "products" };
}

/** Meilisearch first; on a network error, a timeout or an error answer, the backend's Postgres search. */
export async function searchProductsWith(
  backends: { meilisearch: MeilisearchConfig | null; store: StoreClient | null },
  request: ProductSearchRequest,
): Promise<ProductSearchResult> {
  if (backends.meilisearch) {
    try {
      return await searchMeilisearch(backends.meilisearch, request);
    } catch (error) {
      if (!backends.store) throw error;
      console.warn(`[search] Meilisearch did not answer, searching Postgres instead: ${describeError(error)}`);
    }
  }
  if (!backends.store) throw new Error("Search is not configured: neither Meilisearch nor the store API is set.");
  return searchPostgres(backends.store, request);
}

/** Meilisearch filter expressions, one per filter; the array means AND. */
export function meilisearchFilter(filters: ProductSearchFilters = {}): string[] {
  const expressions: string[] = [];
  const stars = filters.starRatings ?? [];
  if (stars.length === 1) expressions.push(`star_rating = ${stars[0]}`);
  if (stars.length > 1) expressions.push(`star_rating IN [${stars.join(", ")}]`);
  if (filters.industryCode !== undefined) expressions.push(`industry_code = ${quote(filters.industryCode)}`);
  if (filters.productSetNumber !== undefined) expressions.push(`product_set_number = ${filters.productSetNumber}`);
  if (filters.provinceCode !== undefined) expressions.push(`province_code = ${quote(filters.provinceCode)}`);
  if (filters.producerHandle !== undefined) expressions.push(`producer_handle = ${quote(filters.producerHandle)}`);
  if (filters.notProducerHandle !== undefined) expressions.push(`producer_handle != ${quote(filters.notProducerHandle)}`);
  if (filters.priceMin !== undefined) expressions.push(`price_vnd >= ${Math.trunc(filters.priceMin)}`);
  if (filters.priceMax !== undefined) expressions.push(`price_vnd <= ${Math.trunc(filters.priceMax)}`);
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

/**
 * The query's passes (@ocop/domain/search-query): the product's names first, then the kind of
 * product, and only when those find nothing for these words, every text. Which pass answers
 * depends on the words alone: when the filters leave none of a pass's hits, the answer is none,
 * not the products that merely mention the words, so the page's counts (asked without one filter
 * or another) agree with it.
 */
async function searchMeilisearch(config: MeilisearchConfig, request: ProductSearchRequest): Promise<ProductSearchResult> {
  const passes = productSearchPasses(request.q, { asYouType: request.asYouType });
  const filtered = meilisearchFilter(request.filters).length > 0;
  for (const pass of passes.slice(0, -1)) {
    const found = await searchMeilisearchPass(config, request, pass);
    if (found.total > 0) return found;
    if (filtered && (await searchMeilisearchPass(config, { q: request.q, limit: 0 }, pass)).total > 0) return found;
  }
  return searchMeilisearchPass(config, request, passes.at(-1) as SearchPass);
}

async function searchMeilisearchPass(config: MeilisearchConfig, request: ProductSearchRequest, pass: SearchPass): Promise<ProductSearchResult> {
  const url = new URL(`indexes/${encodeURIComponent(config.index)}/search`, withTrailingSlash(config.host));
  const response = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${config.searchKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      ...pass,
      filter: meilisearchFilter(request.filters),
      sort: SORTS[request.sort ?? "featured"],
      limit: request.limit,
      offset: request.offset ?? 0,
      facets: request.exactTotal ? [...new Set([...(request.facets ?? []), "in_stock"])] : (request.facets ?? []),
      attributesToRetrieve: RETRIEVED_ATTRIBUTES,
      attributesToHighlight: HIGHLIGHTED_ATTRIBUTES,
      attributesToCrop: CROPPED_ATTRIBUTES,
      cropLength: 18,
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    }),
    ...fetchCache(request),
    signal: AbortSignal.timeout(MEILISEARCH_TIMEOUT_MS),
  });
  if (!response.ok) {
    throw new Error(`Meilisearch answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
  const body = (await response.json()) as MeilisearchResponse;
  const split = request.exactTotal ? body.facetDistribution?.in_stock : undefined;
  return {
    engine: "meilisearch",
    hits: body.hits,
    total: split ? Object.values(split).reduce((sum, count) => sum + count, 0) : (body.estimatedTotalHits ?? body.totalHits ?? body.hits.length),
    facets: body.facetDistribution ?? {},
  };
}

type PostgresSearchResponse = MeilisearchResponse & { engine: "postgres" };

/** Cached under the request's tags for as long as the store reads are, or not at all. */
function fetchCache(request: ProductSearchRequest): Pick<RequestInit, "cache"> & { next?: { tags: string[]; revalidate: number } } {
  return request.cacheTags ? { next: { tags: [...request.cacheTags], revalidate: REVALIDATE_SECONDS } } : { cache: "no-store" };
}

/** The same filters and sort as query parameters of the backend's fallback (GET /store/product-search). */
export function postgresSearchParams(request: ProductSearchRequest): Record<string, string | number | string[]> {
  const filters = request.filters ?? {};
  const params: Record<string, string | number | string[]> = {
    q: request.q,
    limit: Math.max(1, request.limit),
    offset: request.offset ?? 0,
  };
  if (request.sort) params.sort = request.sort;
  if (filters.starRatings?.length) params.star_rating = filters.starRatings.map(String);
  if (filters.industryCode !== undefined) params.industry_code = filters.industryCode;
  if (filters.productSetNumber !== undefined) params.product_set_number = filters.productSetNumber;
  if (filters.provinceCode !== undefined) params.province_code = filters.provinceCode;
  if (filters.producerHandle !== undefined) params.producer_handle = filters.producerHandle;
  if (filters.notProducerHandle !== undefined) params.not_producer_handle = filters.notProducerHandle;
  if (filters.priceMin !== undefined) params.price_min = Math.trunc(filters.priceMin);
  if (filters.priceMax !== undefined) params.price_max = Math.trunc(filters.priceMax);
  if (filters.inStock !== undefined) params.in_stock = String(filters.inStock);
  return params;
}

async function searchPostgres(store: StoreClient, request: ProductSearchRequest): Promise<ProductSearchResult> {
  const body = await store.fetch<PostgresSearchResponse>("/store/product-search", {
    query: postgresSearchParams(request),
    cache: request.cacheTags ? { tags: request.cacheTags } : undefined,
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
