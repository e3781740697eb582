import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "@ocop/domain/input-limits"
import { DECISION_148_INDUSTRIES } from "../../../modules/ocop/decision-148"
import { STORED_SEARCH_SORTS } from "../../../modules/product-search/stored-search"

const flag = z.enum(["true", "false"]).transform((value) => value === "true")

/** The catalogue's orders; `featured` is the default, certified stars high to low, then newest. */
const PRODUCT_SEARCH_SORTS = STORED_SEARCH_SORTS

const starRating = z.enum(["3", "4", "5"], { message: "A star rating is 3, 4 or 5." }).transform(Number)

const producerHandle = (parameter: string) =>
  z.string().regex(/^[a-z0-9-]+$/, `${parameter} is a producer's handle: lower-case letters, digits and dashes, e.g. htx-tai-hoan.`)

const priceVnd = (parameter: string) =>
  z
    .string()
    .regex(/^\d+$/, `${parameter} is a whole number of đồng, 0 or more, e.g. 150000.`)
    .transform(Number)

const INDUSTRY_CODES = DECISION_148_INDUSTRIES.map((industry) => industry.code) as [string, ...string[]]
const LIMIT = "limit is a whole number from 1 to 100."
const OFFSET = "offset is a whole number, 0 or more."

/** The same filters the storefront gives Meilisearch, so a page can switch engines without changing its URL. */
export const StoreProductSearchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(TEXT_LIMITS.searchQuery, `q is longer than ${TEXT_LIMITS.searchQuery} characters: search for fewer words.`)
      .default("")
      .transform((s) => s.normalize("NFC")),
    // `?star_rating=5&star_rating=4` arrives as an array, a single value as a string.
    star_rating: z.preprocess((value) => (value === undefined ? undefined : [value].flat()), z.array(starRating).optional()),
    province_code: z.string().regex(/^\d{2}$/, "A province code is two digits, e.g. 37.").optional(),
    industry_code: z
      .enum(INDUSTRY_CODES, { message: `industry_code is one of Decision 148's industries: ${INDUSTRY_CODES.join(", ")}.` })
      .optional(),
    product_set_number: z.coerce.number().int().min(1).max(26).optional(),
    producer_handle: producerHandle("producer_handle").optional(),
    not_producer_handle: producerHandle("not_producer_handle").optional(),
    price_min: priceVnd("price_min").optional(),
    price_max: priceVnd("price_max").optional(),
    in_stock: flag.optional(),
    sort: z
      .enum(PRODUCT_SEARCH_SORTS, { message: `sort is one of ${PRODUCT_SEARCH_SORTS.join(", ")}.` })
      .default("featured"),
    limit: z.coerce.number({ message: LIMIT }).int(LIMIT).min(1, LIMIT).max(100, LIMIT).default(20),
    offset: z.coerce.number({ message: OFFSET }).int(OFFSET).min(0, OFFSET).default(0),
  })
  .refine(
    (query) => query.price_min === undefined || query.price_max === undefined || query.price_min <= query.price_max,
    { message: "price_min is above price_max: swap them, or leave one out.", path: ["price_min"] }
  )
export type StoreProductSearchQuery = z.infer<typeof StoreProductSearchQuery>
