// How a buyer's words become a product search, so that a query's own products come first and the
// list is not padded with products that share one common syllable. Measured on the sample
// catalogue with the query set of seed/integration-tests/search.spec.ts: mean precision 0.23 → 0.98
// over its first 27 queries, 0.956 → 0.985 (recall 0.971 → 1) over 34 with the kind-of-product pass,
// 1.000 with the index ranking proximity before typos (settings.ts), so "quang ninh" is Quảng Ninh.
//
// Three things padded the results:
// - Vietnamese syllables are short and, without diacritics, shared by many words ("ong" is ông,
//   ong and ống; "mat" is mật, mắt, mát, mặt), so the long texts (descriptions, origin stories,
//   the programme's product-set names such as "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong")
//   matched almost every query. A search first looks only at what names a product: its title,
//   producer, places and subtitle; then at what kind of product it is (product set, industry).
//   Only when those find nothing does it look at everything, asking for every word.
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

/**
 * What kind of product it is, in the programme's words: a buyer may ask for "thực phẩm chức năng"
 * or "herbal medicines". Searched on their own, after the names, because their long, comma-listed
 * names score too low among all texts for the text threshold, and every word must match.
 */
export const PRODUCT_KIND_ATTRIBUTES = ["product_set", "product_set_en", "industry", "industry_en"] as const;

/** Below this ranking score a hit on the names shares a word or two with the query, not its subject. */
export const NAME_SCORE_THRESHOLD = 0.8;
/**
 * The kinds are comma-separated lists in which a buyer's words may stand a few apart ("herbal
 * medicines" in "…, herbal and traditional medicines", 0.48); below this, a word matched only as
 * a typo of a short syllable ("qua bieu" in "…, củ, quả, hạt", 0.14). Every word must match.
 */
export const KIND_SCORE_THRESHOLD = 0.4;
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
 * The passes a query is searched with, in order: use the first that finds anything (names, then
 * the kind of product, then every text). An empty query
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
    { q, matchingStrategy: "all", rankingScoreThreshold: KIND_SCORE_THRESHOLD, attributesToSearchOn: [...PRODUCT_KIND_ATTRIBUTES] },
    { q, matchingStrategy: "all", rankingScoreThreshold: TEXT_SCORE_THRESHOLD },
  ];
}

/** A text's words as Meilisearch compares them: lower case, without diacritics, đ as d. */
export function foldedWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLocaleLowerCase("vi")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether every word of the query is a whole word of one of these texts, diacritics aside: the
 * precision rule of the passes above for the Postgres fallback, whose substring match finds "ong"
 * in "Phong" and "mật ong" in every product-set name that lists honey.
 */
export function hasEveryWord(
  texts: (string | null | undefined)[],
  query: string,
  { asYouType = false }: { asYouType?: boolean } = {},
): boolean {
  const wanted = foldedWords(query);
  if (wanted.length === 0) return true;
  const present = new Set(texts.flatMap((text) => (text ? foldedWords(text) : [])));
  // While typing (the counter's search box), the last word may still be the start of one.
  const last = asYouType ? wanted.pop() : undefined;
  return wanted.every((word) => present.has(word)) && (last === undefined || [...present].some((word) => word.startsWith(last)));
}
