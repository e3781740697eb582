// The header search box's suggestions, searched on the server so the browser needs neither the
// Meilisearch host nor the backend's address, and the Postgres fallback answers here too.
import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { type Locale, routing } from "@/i18n/routing";
import { searchWords } from "@/lib/catalogue-query";
import { searchProducts } from "@/lib/search";
import {
  NO_SUGGESTIONS,
  SUGGESTION_FACETS,
  SUGGESTION_HITS,
  type SearchSuggestions,
  suggestionsFrom,
  type WordedSuggestions,
} from "@/lib/search-suggestions";

type Translate = Awaited<ReturnType<typeof getTranslations<"SearchBox">>>;

/** The suggestions with their words in the buyer's language. */
function worded(suggestions: SearchSuggestions, q: string, t: Translate): WordedSuggestions {
  const counted = <T extends { count: number | null }>(entry: T) => ({
    ...entry,
    detail: entry.count === null ? null : t("productCount", { count: entry.count }),
  });
  return {
    engine: suggestions.engine,
    products: suggestions.products.map((product) => ({
      ...product,
      detail: product.stars ? t("stars", { stars: product.stars }) : product.awaiting ? t("awaiting") : null,
    })),
    producers: suggestions.producers.map(counted),
    provinces: suggestions.provinces.map(counted),
    words: {
      status: t("status", { count: suggestions.products.length + suggestions.producers.length + suggestions.provinces.length }),
      none: t("none", { q }),
      seeAll: t("seeAll", { q }),
    },
  };
}

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const q = searchWords({ q: params.get("q") ?? undefined });
  const requested = params.get("locale");
  const locale: Locale = routing.locales.find((entry) => entry === requested) ?? routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "SearchBox" });
  if (!q) return Response.json(worded(NO_SUGGESTIONS, "", t));
  try {
    const result = await searchProducts({ q, limit: SUGGESTION_HITS, facets: SUGGESTION_FACETS, asYouType: true });
    // The same keystrokes from other buyers within seconds get the same answer.
    return Response.json(worded(suggestionsFrom(result, locale), q, t), { headers: { "Cache-Control": "public, max-age=10" } });
  } catch (error) {
    console.error(`[search suggestions] ${error instanceof Error ? error.message : String(error)}`);
    return Response.json(worded(NO_SUGGESTIONS, q, t), { status: 503 });
  }
}
