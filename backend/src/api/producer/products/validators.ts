/**
 * What a producer sends to list and change its products, packs and photos, each refusal a sentence
 * naming the field (validateBodyInSentences): Vietnamese text NFC and within @ocop/domain's limits,
 * prices in whole đồng, GTIN-13 with its check digit (@ocop/domain/gtin).
 */
import { z } from "@medusajs/framework/zod"
import { gtin13Problem } from "@ocop/domain/gtin"
import { PAGE_LIMITS, TEXT_LIMITS } from "@ocop/domain/input-limits"
import { nfc, optionalNfc, tooLong } from "../../validators"

/** A price a cooperative could ask for one pack, in đồng: a bag of tea to a crate of rice wine. */
const MAX_PRICE_VND = 100_000_000
const MAX_STOCK = 1_000_000
const MAX_VARIANTS = 30

const gtin = z
  .string({ message: "gtin is the 13 digits under the pack's barcode, e.g. 8934588012228." })
  .transform((code) => code.replace(/\s+/g, ""))
  .superRefine((code, ctx) => {
    const problem = gtin13Problem(code)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })

const sku = z
  .string({ message: "Give the pack's own code (sku), e.g. MD-500." })
  .trim()
  .min(1, "Give the pack's own code (sku), e.g. MD-500.")
  .max(TEXT_LIMITS.sku, tooLong("sku", "sku"))
  .regex(/^[A-Za-z0-9._/-]+$/, "sku is letters, digits, dots, dashes, slashes and underscores, e.g. MD-500.")

const price = z
  .number({ message: "price is what one pack costs in whole đồng, as a number, e.g. 65000." })
  .int("price is in whole đồng, without decimals, e.g. 65000.")
  .min(1, "price is at least 1 đồng.")
  .max(MAX_PRICE_VND, `price is at most ${MAX_PRICE_VND.toLocaleString("vi-VN")} đồng a pack.`)

const stock = z
  .number({ message: "stock is how many packs are at your stock location, as a number, e.g. 120." })
  .int("stock is a whole number of packs.")
  .min(0, "stock cannot be below 0.")
  .max(MAX_STOCK, `stock is at most ${MAX_STOCK.toLocaleString("vi-VN")} packs.`)

const weightGrams = z
  .number({ message: "weight_grams is the pack's weight in grams, as a number, e.g. 500." })
  .int("weight_grams is a whole number of grams.")
  .positive("weight_grams is more than 0.")
  .nullish()

const packFields = {
  title: nfc("title", "packSize", "Name the pack size as the buyer picks it (title), e.g. Gói 500 g."),
  title_en: optionalNfc("title_en", "packSize"),
  sku,
  gtin: gtin.nullish(),
  price,
  stock,
  weight_grams: weightGrams,
}

export const ProducerCreateVariant = z.object(packFields)
export type ProducerCreateVariant = z.infer<typeof ProducerCreateVariant>

const atLeastOneField = (value: Record<string, unknown>) => Object.values(value).some((field) => field !== undefined)

export const ProducerUpdateVariant = z
  .object(packFields)
  .partial()
  .refine(atLeastOneField, "Send at least one of title, title_en, sku, gtin, price, stock or weight_grams to change.")
export type ProducerUpdateVariant = z.infer<typeof ProducerUpdateVariant>

const productTexts = {
  title: nfc("title", "productTitle", "Give the product's name in Vietnamese (title), e.g. Miến dong Tài Hoan."),
  title_en: optionalNfc("title_en", "productTitle"),
  description: optionalNfc("description", "productDescription"),
  description_en: optionalNfc("description_en", "productDescription"),
  story_vi: optionalNfc("story_vi", "story"),
  story_en: optionalNfc("story_en", "story"),
  product_set_id: z
    .string({ message: "Choose the OCOP product set (product_set_id) the product belongs to: GET /store/product-sets lists them." })
    .trim()
    .min(1, "Choose the OCOP product set (product_set_id) the product belongs to: GET /store/product-sets lists them."),
}

/** Two packs of one product cannot share a title or a code: the buyer, the scanner and the stock would not tell them apart. */
function distinctCodes(variants: ProducerCreateVariant[], ctx: z.RefinementCtx) {
  for (const key of ["title", "sku", "gtin"] as const) {
    const seen = new Set<string>()
    variants.forEach((variant, index) => {
      const code = variant[key]
      if (!code) return
      if (seen.has(code)) ctx.addIssue({ code: "custom", path: ["variants", index, key], message: `Two packs have the ${key} ${code}: give each its own.` })
      seen.add(code)
    })
  }
}

export const ProducerCreateProduct = z
  .object({
    ...productTexts,
    variants: z
      .array(ProducerCreateVariant, { message: "List the pack sizes it is sold in (variants), each with its title, sku, price and stock." })
      .min(1, "List the pack sizes it is sold in (variants), each with its title, sku, price and stock.")
      .max(MAX_VARIANTS, `A product has at most ${MAX_VARIANTS} pack sizes.`),
  })
  .superRefine((product, ctx) => distinctCodes(product.variants, ctx))
export type ProducerCreateProduct = z.infer<typeof ProducerCreateProduct>

export const ProducerUpdateProduct = z
  .object(productTexts)
  .partial()
  .refine(atLeastOneField, "Send at least one of title, title_en, description, description_en, story_vi, story_en or product_set_id to change.")
export type ProducerUpdateProduct = z.infer<typeof ProducerUpdateProduct>

export const ProducerArrangePhoto = z
  .object({
    rank: z
      .number({ message: "rank is the photo's place, a number: 0 is first." })
      .int("rank is a whole number: 0 is first.")
      .min(0, "rank is 0 or more: 0 is first."),
    cover: z.literal(true, { message: "cover is true to make this photo the product's cover." }),
  })
  .partial()
  .refine(atLeastOneField, "Send rank (the photo's new place, 0 is first), cover: true, or both.")
export type ProducerArrangePhoto = z.infer<typeof ProducerArrangePhoto>

export const ProducerListProductsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_LIMITS.store).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ProducerListProductsQuery = z.infer<typeof ProducerListProductsQuery>
