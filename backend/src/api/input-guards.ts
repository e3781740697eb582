/**
 * The guards every request meets before a handler or a query sees it (lib/request-input.ts), the
 * shape of the ids and handles in the shop's own routes, and the length of every text a buyer
 * writes through Medusa's cart and customer routes (@ocop/domain/input-limits). Each refuses with
 * 400 and a sentence naming the parameter or field; Medusa's own validation runs as before.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { ERROR_CODES } from "@ocop/domain/errors"
import { PAGE_LIMITS, TEXT_LIMITS, type TextLimit } from "@ocop/domain/input-limits"
import { bodyProblem, hasControlCharacterInText, pathProblem, queryProblem, queryStringProblem } from "../lib/request-input"
import { handle } from "./validators"

function maxLimitOf(path: string): number | undefined {
  if (/^\/(?:store|producer)(?:\/|$)/.test(path)) return PAGE_LIMITS.store
  if (/^\/admin(?:\/|$)/.test(path)) return PAGE_LIMITS.admin
  return undefined
}

/** For every request ("*"): the address, the query string and the body, before anything reads them. */
function rejectUnreadableInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Mounted on "*", express strips the whole path from req.path; the address as sent is originalUrl.
  const url = req.originalUrl
  const problem = pathProblem(url) ?? queryStringProblem(url) ?? queryProblem(req.query, { maxLimit: maxLimitOf(url) }) ?? bodyProblem(req.body)
  next(problem ? new MedusaError(MedusaError.Types.INVALID_DATA, problem) : undefined)
}

/** Medusa's ids, and the modules' own: a prefix, an underscore and a ULID. */
const resourceId = (what: string, prefix: string) =>
  z.string().regex(/^[A-Za-z0-9_]{1,100}$/, `${what} id is letters, digits and underscores, e.g. ${prefix}_01JZ8X4N6Q2W3E4R5T6Y7V8H9K.`)

/** Refuses a route's path parameters that cannot name what the route serves, before it is looked up. */
function validateParams(shape: z.ZodRawShape) {
  const schema = z.object(shape)
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.params)
    next(parsed.success ? undefined : new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((issue) => issue.message).join(" ")))
  }
}

const orderId = { id: resourceId("An order", "order") }
const productId = { id: resourceId("A product", "prod") }
const producerId = { id: resourceId("A producer", "pdr") }
const showroomId = { id: resourceId("A showroom", "shr") }

/**
 * The shop's own routes that take an id or a handle in their path (src/api/**\/[param]). Those under
 * /store/carts/:id and /store/orders/:id look their id up in the access guards first (lib/cart-access.ts,
 * lib/order-access.ts), which answer 404 for any id that names nothing.
 */
const PARAMETER_ROUTES: [string, z.ZodRawShape][] = [
  ["/store/producers/:handle", { handle: handle }],
  ["/store/product-sets/:handle", { handle: handle }],
  ["/admin/producers/:id", producerId],
  ["/admin/producers/:id/approve", producerId],
  ["/admin/producers/:id/reject", producerId],
  ["/admin/producers/:id/suspend", producerId],
  ["/producer/members/:id", { id: resourceId("A member", "pmem") }],
  ["/producer/products/:id", productId],
  ["/producer/products/:id/submit", productId],
  ["/producer/products/:id/variants", productId],
  ["/producer/products/:id/variants/:variant_id", { ...productId, variant_id: resourceId("A pack", "variant") }],
  ["/producer/products/:id/photos", productId],
  ["/producer/products/:id/photos/:photo_id", { ...productId, photo_id: resourceId("A photo", "img") }],
  ["/admin/certificates/:id", { id: resourceId("A certificate", "ocert") }],
  ["/admin/products/:id/certificates", productId],
  ["/admin/products/:id/ocop", productId],
  ["/admin/bank-transfers/:id/resolve", { id: resourceId("A bank transfer", "btr") }],
  ["/admin/orders/:id/payment", orderId],
  ["/admin/orders/:id/refused-at-door", orderId],
  ["/admin/draft-orders/:id/convert-to-order", { id: resourceId("A draft order", "order") }],
  ["/store/products/:id/reviews", productId],
  ["/admin/product-reviews/:id", { id: resourceId("A review", "prev") }],
  ["/admin/showrooms/:id", showroomId],
  ["/admin/trade-campaigns/:id", { id: resourceId("A campaign", "tcmp") }],
  ["/admin/trade-campaigns/:id/end", { id: resourceId("A campaign", "tcmp") }],
  ["/admin/showrooms/:id/staff", showroomId],
  ["/admin/showrooms/:id/staff/:staff_id", { ...showroomId, staff_id: resourceId("A staff member", "pstf") }],
  ["/admin/admin-units/:province_code", { province_code: z.string().regex(/^\d{2}$/, "A province code is two digits, e.g. 37.") }],
]

/** A string the buyer writes: at most its limit, no control character but line breaks and tabs. Other types are Medusa's to refuse. */
const text = (limit: TextLimit) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.normalize("NFC") : undefined),
    z
      .string()
      .max(TEXT_LIMITS[limit], `is longer than ${TEXT_LIMITS[limit]} characters: shorten it.`)
      .refine((value) => !hasControlCharacterInText(value), "holds a control character (such as \\u0000): remove it.")
      .optional(),
  )

/** Every key and string of a metadata object, at any depth. */
const metadata = z.unknown().superRefine((value, ctx) => {
  const visit = (node: unknown, path: (string | number)[]) => {
    if (typeof node === "string") {
      if (node.normalize("NFC").length > TEXT_LIMITS.metadataText) {
        const message = `is longer than ${TEXT_LIMITS.metadataText} characters: shorten it.`
        ctx.addIssue({ code: "custom", path, message, params: { tooLong: true } })
      } else if (hasControlCharacterInText(node)) {
        ctx.addIssue({ code: "custom", path, message: "holds a control character (such as \\u0000): remove it." })
      }
    } else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...path, index])
    } else if (node && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        if (key.length > TEXT_LIMITS.metadataKey) {
          const message = `has a key longer than ${TEXT_LIMITS.metadataKey} characters: shorten it.`
          ctx.addIssue({ code: "custom", path, message, params: { tooLong: true } })
        } else visit(item, [...path, key])
      }
    }
  }
  visit(value, [])
})

/** An object's fields checked where the value is an object; an address given by id (a string) is Medusa's to read. */
const objectOf = (shape: z.ZodRawShape) =>
  z.preprocess((value) => (value && typeof value === "object" && !Array.isArray(value) ? value : undefined), z.looseObject(shape).optional())
const listOf = (item: z.ZodType) => z.preprocess((value) => (Array.isArray(value) ? value : undefined), z.array(item).optional())

const ADDRESS_TEXTS = {
  first_name: text("personName"),
  last_name: text("personName"),
  company: text("company"),
  address_1: text("street"),
  address_2: text("street"),
  city: text("city"),
  province: text("province"),
  postal_code: text("postalCode"),
  phone: text("phone"),
  metadata,
}

/**
 * The texts of POST /store/carts, /store/carts/:id and its lines and promotions, /store/customers,
 * /store/customers/me and its addresses, /store/registrations: one shape, as each field means the
 * same wherever it comes.
 */
const StoreTexts = z.looseObject({
  ...ADDRESS_TEXTS,
  address_name: text("addressName"),
  email: text("email"),
  company_name: text("company"),
  shipping_address: objectOf(ADDRESS_TEXTS),
  billing_address: objectOf(ADDRESS_TEXTS),
  items: listOf(objectOf({ metadata })),
  promo_codes: listOf(text("promoCode")),
})

/** `shipping_address.first_name` for ["shipping_address", "first_name"], `items[0].metadata` for ["items", 0, "metadata"]. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join("")
}

function limitStoreTexts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = StoreTexts.safeParse(req.body ?? {})
  if (parsed.success) return next()
  const issue = parsed.error.issues[0]!
  const tooLong = issue.code === "too_big" || (issue.code === "custom" && issue.params?.tooLong === true)
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${fieldName(issue.path) || "The body"} ${issue.message}`,
      tooLong ? ERROR_CODES.textTooLong : undefined,
    ),
  )
}

/** The store routes where a buyer writes text: Medusa's, and the shop's registration. */
const STORE_TEXT_ROUTES = [
  "/store/registrations",
  "/store/carts",
  "/store/carts/:id",
  "/store/carts/:id/line-items",
  "/store/carts/:id/line-items/:line_id",
  "/store/carts/:id/promotions",
  "/store/customers",
  "/store/customers/me",
  "/store/customers/me/addresses",
  "/store/customers/me/addresses/:address_id",
]

/**
 * Medusa's validateAndTransformBody, strict as it is (a field the route does not take is refused),
 * but answering with the schema's own sentence for each problem, named by its field: Medusa's
 * formatter puts "Field 'x' is required" and "too big" in place of the sentences of missing, empty
 * and too long fields. For the routes a producer's bookkeeper fills in, where that sentence is all
 * the help there is.
 */
export function validateBodyInSentences(schema: z.ZodObject) {
  const strict = schema.strict()
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = strict.safeParse(req.body ?? {})
    if (parsed.success) {
      req.validatedBody = parsed.data
      return next()
    }
    const problems = parsed.error.issues.slice(0, 3).map((issue) => {
      if (issue.code === "unrecognized_keys") return `${issue.keys.join(", ")}: not a field of this request, leave it out.`
      const field = fieldName(issue.path)
      const namesField = !field || issue.message.startsWith(field) || issue.message.includes(`(${field})`)
      return namesField ? issue.message : `${field}: ${issue.message}`
    })
    const tooLong = parsed.error.issues.some((issue) => issue.code === "too_big")
    next(new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "), tooLong ? ERROR_CODES.textTooLong : undefined))
  }
}

/** For defineMiddlewares: the request guard first, then the route-level checks. */
export const INPUT_GUARD_ROUTES: MiddlewareRoute[] = [
  { matcher: "*", middlewares: [rejectUnreadableInput] },
  ...PARAMETER_ROUTES.map(([matcher, shape]): MiddlewareRoute => ({ matcher, method: ["GET", "POST", "DELETE"], middlewares: [validateParams(shape)] })),
  ...STORE_TEXT_ROUTES.map((matcher): MiddlewareRoute => ({ matcher, method: ["POST"], middlewares: [limitStoreTexts] })),
]
