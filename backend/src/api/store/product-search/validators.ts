import { z } from "@medusajs/framework/zod"

const flag = z.enum(["true", "false"]).transform((value) => value === "true")

/** The same filters the storefront gives Meilisearch, so a page can switch engines without changing its URL. */
export const StoreProductSearchQuery = z.object({
  q: z.string().trim().max(200).default("").transform((s) => s.normalize("NFC")),
  star_rating: z.coerce.number().int().min(3).max(5).optional(),
  province_code: z.string().regex(/^\d{2}$/, "A province code is two digits, e.g. 37.").optional(),
  industry_code: z.string().optional(),
  product_set_number: z.coerce.number().int().min(1).max(26).optional(),
  in_stock: flag.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreProductSearchQuery = z.infer<typeof StoreProductSearchQuery>
