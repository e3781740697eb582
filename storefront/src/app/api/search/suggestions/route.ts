// The header search box's suggestions, searched on the server so the browser needs neither the
// Meilisearch host nor the backend's address, and the Postgres fallback answers here too.
import type { NextRequest } from "next/server";
import { type Locale, routing } from "@/i18n/routing";
import { searchWords } from "@/lib/catalogue-query";
import { searchProducts } from "@/lib/search";
import { NO_SUGGESTIONS, SUGGESTION_FACETS, SUGGESTION_HITS, suggestionsFrom } from "@/lib/search-suggestions";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const q = searchWords({ q: params.get("q") ?? undefined });
  const requested = params.get("locale");
  const locale: Locale = routing.locales.find((entry) => entry === requested) ?? routing.defaultLocale;
  if (!q) return Response.json(NO_SUGGESTIONS);
  try {
    const result = await searchProducts({ q, limit: SUGGESTION_HITS, facets: SUGGESTION_FACETS, asYouType: true });
    // The same keystrokes from other buyers within seconds get the same answer.
    return Response.json(suggestionsFrom(result, locale), { headers: { "Cache-Control": "public, max-age=10" } });
  } catch (error) {
    console.error(`[search suggestions] ${error instanceof Error ? error.message : String(error)}`);
    return Response.json(NO_SUGGESTIONS, { status: 503 });
  }
}
