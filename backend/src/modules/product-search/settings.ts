/**
 * The Meilisearch settings of the product index, chosen for how Vietnamese buyers search. Their
 * hash (with the document version) decides when the index must be rebuilt.
 */
import { createHash } from "node:crypto"
import type { Settings } from "./meilisearch-client"

/** Bump when documents change shape or meaning without a settings change, so the index is rebuilt. */
export const DOCUMENT_VERSION = 3

/** Words buyers use interchangeably; each group becomes a mutual synonym list. */
const SYNONYM_GROUPS: string[][] = [
  ["htx", "hợp tác xã"],
  ["hkd", "hộ kinh doanh"],
  ["cty", "công ty"],
  ["đặc sản", "specialty", "specialties"],
  ["tphcm", "hồ chí minh", "sài gòn"],
]

function mutualSynonyms(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    for (const word of group) synonyms[word] = group.filter((other) => other !== word)
  }
  return synonyms
}

export const PRODUCT_INDEX_SETTINGS = {
  // Earlier attributes rank higher: the product's name, then who makes it and where, then what
  // kind of product it is, then the longer texts. Meilisearch folds Vietnamese diacritics (and
  // đ → d) itself, so "mien dong" matches "Miến dong" without a folded copy of the text.
  searchableAttributes: [
    "title",
    "title_en",
    "producer_name",
    "producer_aliases",
    "place_names",
    "product_set",
    "product_set_en",
    "industry",
    "industry_en",
    "subtitle",
    "subtitle_en",
    "barcodes",
    "description",
    "description_en",
    "story_excerpt",
    "story_excerpt_en",
  ],
  filterableAttributes: [
    "star_rating",
    "certified",
    "ocop_standing",
    "certificate_valid_until_ts",
    "industry_code",
    "industry",
    "product_set_number",
    "product_set",
    "province_code",
    "province",
    "commune_code",
    "producer_id",
    "producer_handle",
    "producer_name",
    "price_vnd",
    "in_stock",
    "sales_channel_ids",
  ],
  sortableAttributes: ["price_vnd", "star_rating", "created_at_ts"],
  // Proximity before typo: a Vietnamese name is syllables side by side, so "quang ninh" is about
  // Quảng Ninh, not a product of Vạn Ninh made in Hải Quang; the two words far apart now score under
  // the names' threshold (0.87 → 0.62), while a typo beside its neighbour keeps its product above it
  // ("mien dogn" 0.83 → 0.96). Among equally relevant products, the higher certified star comes
  // first, then the newest, then the later id: a total order, so a page never shows a product the
  // next page shows again. Without the last two, ties fall to Meilisearch's internal ids, which
  // differ between index builds.
  rankingRules: ["words", "proximity", "typo", "attribute", "sort", "exactness", "star_rating:desc", "created_at_ts:desc", "id:desc"],
  // Vietnamese syllables are short: allow one typo from 4 letters ("rugn" → "rừng"), two from 8.
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnAttributes: ["barcodes"],
    disableOnNumbers: true,
  },
  synonyms: mutualSynonyms(SYNONYM_GROUPS),
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count", star_rating: "alpha" } },
  pagination: { maxTotalHits: 1000 },
} satisfies Settings

export const PRODUCT_INDEX_SETTINGS_HASH = createHash("sha256")
  .update(JSON.stringify({ settings: PRODUCT_INDEX_SETTINGS, documentVersion: DOCUMENT_VERSION }))
  .digest("hex")
  .slice(0, 16)
