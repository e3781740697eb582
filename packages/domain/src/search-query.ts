// How a buyer's words become a product search, so that a query's own products come first and the
// list is not padded with products that share one common syllable. Measured on the sample
// catalogue with the 27 queries of seed/integration-tests/search.spec.ts: mean precision 0.23 → 0.98,
// recall kept at 1.
//
// Three things padded the results:
// - Vietnamese syllables are short and, without diacritics, shared by many words ("ong" is ông,
//   ong and ống; "mat" is mật, mắt, mát, mặt), so the long texts (descriptions, origin stories,
//   the programme's product-set names such as "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong")
//   matched almost every query. A search first looks only at what names a product: its title,
//   producer, places and subtitle. Only when those find nothing does it look at everything,
//   asking for every word.
// - Meilisearch's default drops words from the end of a query until something matches, so
//   "mat ong" also found every product with "mat". It drops the most common words first instead
//   ("frequency"), and keeps only hits that score high enough to be about the query.
// - The last word is matched as a prefix ("tra" found "Trần Phú"). That is right while typing,
//   for suggestions, and wrong once the buyer has asked: a submitted query matches whole words.

/** The attributes that name a product: a query is about these first. Each is searchable in the index. */
export const PRODUCT_NAME_ATTRIBUTES = [
  "title",
  "title_en",
  "producer_name",
  "producer_aliases",
  "place_names",
  "subtitle",
  "subtitle_en",
  "barcodes",
] as const;

/** Below this ranking score a hit on the names shares a word or two with the query, not its subject. */
export const NAME_SCORE_THRESHOLD = 0.8;
/** Over the long texts every word must match, and closely: they hold far more words to share. */
export const TEXT_SCORE_THRESHOLD = 0.9;

export type SearchPass = {
  q: string;
  matchingStrategy: "frequency" | "all";
  rankingScoreThreshold?: number;
  /** Only these attributes; all searchable attributes when absent. */
  attributesToSearchOn?: string[];
};

/**
 * The passes a query is searched with, in order: use the first that finds anything. An empty query
 * (browsing the catalogue) is one pass with no threshold, so every product is listed.
 * `asYouType` keeps the last word a prefix, for suggestions while the buyer is still typing.
 */
export function productSearchPasses(query: string, { asYouType = false }: { asYouType?: boolean } = {}): SearchPass[] {
  const words = query.normalize("NFC").trim().replace(/\s+/g, " ");
  if (!words) return [{ q: "", matchingStrategy: "frequency" }];
  // Meilisearch matches the last word as a prefix unless the query ends with a separator.
  const q = asYouType ? words : `${words} `;
  return [
    { q, matchingStrategy: "frequency", rankingScoreThreshold: NAME_SCORE_THRESHOLD, attributesToSearchOn: [...PRODUCT_NAME_ATTRIBUTES] },
    { q, matchingStrategy: "all", rankingScoreThreshold: TEXT_SCORE_THRESHOLD },
  ];
}
