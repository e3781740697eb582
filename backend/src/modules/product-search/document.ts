import type { PhotoMetadata } from "../../lib/photos"
import type { OcopStanding } from "@ocop/domain/ocop"

/**
 * One published product of an approved producer as buyers search it: both languages, the OCOP
 * standing computed for today, where it comes from (2025 units and the names they replaced), its
 * lowest price and whether it can be bought now.
 */
export type ProductSearchDocument = {
  id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  subtitle_en: string | null
  description: string | null
  description_en: string | null
  story_excerpt: string | null
  story_excerpt_en: string | null
  producer_id: string
  producer_handle: string
  producer_name: string
  /** The name with its legal form written the other way ("Hợp tác xã Tài Hoan" for "HTX Tài Hoan"). */
  producer_aliases: string[]
  producer_kind: string
  industry_code: string | null
  industry: string | null
  industry_en: string | null
  product_set_number: number | null
  product_set: string | null
  product_set_en: string | null
  /** The star of the current (valid, verified) certificate; null without one. */
  star_rating: number | null
  /** Whether the product may show the OCOP star mark today. */
  certified: boolean
  ocop_standing: OcopStanding
  /** The current certificate's last valid day (YYYY-MM-DD) and that day as a UTC timestamp, for the nightly expiry sweep. */
  certificate_valid_until: string | null
  certificate_valid_until_ts: number | null
  province_code: string
  province: string | null
  commune_code: string | null
  commune: string | null
  /** Every place name a buyer may type for where it is made: 2025 units, the address as issued, merged old units. */
  place_names: string[]
  /** The lowest variant price in whole đồng. */
  price_vnd: number | null
  /** Whether its packs cost different amounts, so a card says "from" before price_vnd. */
  price_varies: boolean
  in_stock: boolean
  barcodes: string[]
  sales_channel_ids: string[]
  thumbnail: string | null
  /** The first photo's renditions and blurred placeholder, so a card draws it as the product page does. */
  photo: PhotoMetadata | null
  created_at: string
  created_at_ts: number
  /** The approved reviews' average (one decimal) and count; null and 0 before the first. */
  review_average: number | null
  review_count: number
  /** Units bought by orders that stand ("đã bán"). */
  sold_count: number
}
