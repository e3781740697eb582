// What the header's search box suggests as a buyer types: the best products, and the producers and
// provinces of the best matches, in rank order, each with its count where the engine gave one.
import { badgeStars, type StarRating } from "@ocop/domain/ocop";
import type { ContentLocale } from "./localized";
import type { ProductSearchResult, SearchEngine, SearchFacet } from "./search";

export type SearchSuggestions = {
  engine: SearchEngine | null;
  products: { handle: string; title: string; highlightedTitle: string | null; thumbnail: string | null; stars: StarRating | null; awaiting: boolean }[];
  producers: { name: string; count: number | null }[];
  provinces: { code: string; name: string; count: number | null }[];
};

export const NO_SUGGESTIONS: SearchSuggestions = { engine: null, products: [], producers: [], provinces: [] };

/**
 * The suggestions as the box shows them, their words already in the buyer's language
 * (app/api/search/suggestions): the browser then needs no message formatter of its own.
 */
export type WordedSuggestions = {
  engine: SearchEngine | null;
  products: (SearchSuggestions["products"][number] & { detail: string | null })[];
  producers: (SearchSuggestions["producers"][number] & { detail: string | null })[];
  provinces: (SearchSuggestions["provinces"][number] & { detail: string | null })[];
  /** What a screen reader hears, what shows with no suggestion, and the "see all" option. */
  words: { status: string; none: string; seeAll: string };
};

/** Enough hits to find a few producers and provinces among the best matches. */
export const SUGGESTION_HITS = 8;
export const SUGGESTION_FACETS: SearchFacet[] = ["producer_name", "province"];
const PRODUCTS = 5;
const GROUPS = 3;

export function suggestionsFrom(result: ProductSearchResult, locale: ContentLocale): SearchSuggestions {
  const producers = new Map<string, SearchSuggestions["producers"][number]>();
  const provinces = new Map<string, SearchSuggestions["provinces"][number]>();
  for (const hit of result.hits) {
    if (producers.size < GROUPS && !producers.has(hit.producer_name)) {
      producers.set(hit.producer_name, { name: hit.producer_name, count: result.facets.producer_name?.[hit.producer_name] ?? null });
    }
    if (provinces.size < GROUPS && hit.province && !provinces.has(hit.province_code)) {
      provinces.set(hit.province_code, { code: hit.province_code, name: hit.province, count: result.facets.province?.[hit.province] ?? null });
    }
  }
  return {
    engine: result.engine,
    products: result.hits.slice(0, PRODUCTS).map((hit) => {
      const english = locale === "en" && hit.title_en !== null;
      return {
        handle: hit.handle,
        title: english ? (hit.title_en ?? hit.title) : hit.title,
        highlightedTitle: (english ? hit._formatted?.title_en : hit._formatted?.title) ?? null,
        thumbnail: hit.thumbnail,
        stars: badgeStars({ standing: hit.ocop_standing, star_rating: hit.star_rating }),
        awaiting: hit.ocop_standing === "awaiting_evaluation",
      };
    }),
    producers: [...producers.values()],
    provinces: [...provinces.values()],
  };
}
