/**
 * What the showroom's counter sends, each refusal a sentence naming the field. Amounts are whole
 * đồng; the rules about them (discount limits, payments adding up) are @ocop/domain/pos's, met in
 * the workflows.
 */
import { z } from "@medusajs/framework/zod"
import { MAX_LINE_QUANTITY } from "@ocop/domain/cart-limits"
import { POS_PAYMENT_METHODS } from "@ocop/domain/pos"
import { TEXT_LIMITS } from "@ocop/domain/input-limits"

const MAX_DONG = 10_000_000_000
/** A counter's clock may run a little ahead of the server's. */
const OFFLINE_CLOCK_SKEW_MS = 5 * 60_000
/** How long a sale may wait on a counter before it is sent. */
const OFFLINE_SALE_MAX_AGE_MS = 30 * 24 * 3600_000

const dong = (field: string) =>
  z
    .number({ message: `${field} is an amount in whole đồng, e.g. 65000.` })
    .int(`${field} is a whole number of đồng, with no decimals.`)
    .min(0, `${field} is 0 or more.`)
    .max(MAX_DONG, `${field} is at most ${MAX_DONG} đồng.`)

const reason = (field: string) => z.string({ message: `${field} is a short sentence.` }).max(200, `${field} has at most 200 characters.`)

const discount = (field: string) =>
  z.object({ amount: dong(`${field}.amount`), reason: reason(`${field}.reason`).optional() }).strict()

const id = (field: string) => z.string({ message: `${field} is an id.` }).trim().min(1, `${field} is an id.`).max(100, `${field} is at most 100 characters.`)

export const PosCatalogueQuery = z
  .object({
    gtin: z.string().trim().regex(/^\d{8,14}$/, "gtin is the digits under the pack's barcode (GTIN-13), e.g. 8930000000012.").optional(),
    q: z.string().max(100, "q has at most 100 characters.").optional(),
    industry: z.string().max(20, "industry is an industry's code.").optional(),
    limit: z.coerce.number().int("limit is a whole number.").min(1, "limit is at least 1.").max(500, "limit is at most 500.").default(200),
    offset: z.coerce.number().int("offset is a whole number.").min(0, "offset is 0 or more.").default(0),
  })
  .strict()
export type PosCatalogueQuery = z.infer<typeof PosCatalogueQuery>

export const PosOpenShift = z.object({
  till: z.string({ message: "till names the counter's drawer, e.g. Quầy 1." }).max(50, "till has at most 50 characters.").optional(),
  opening_float: dong("opening_float"),
})
export type PosOpenShift = z.infer<typeof PosOpenShift>

export const PosListShiftsQuery = z
  .object({
    status: z.enum(["open", "closed"], { message: 'status is "open" or "closed".' }).optional(),
    limit: z.coerce.number().int("limit is a whole number.").min(1, "limit is at least 1.").max(100, "limit is at most 100.").default(20),
    offset: z.coerce.number().int("offset is a whole number.").min(0, "offset is 0 or more.").default(0),
  })
  .strict()
export type PosListShiftsQuery = z.infer<typeof PosListShiftsQuery>

export const PosCashMovement = z.object({
  kind: z.enum(["in", "out"], { message: 'kind is "in" (cash put into the drawer) or "out" (taken out).' }),
  amount: dong("amount"),
  reason: reason("reason"),
})
export type PosCashMovement = z.infer<typeof PosCashMovement>

export const PosCloseShift = z.object({ counted_cash: dong("counted_cash") })
export type PosCloseShift = z.infer<typeof PosCloseShift>

export const PosCreateSale = z.object({
  idempotency_key: z
    .string({ message: "idempotency_key is the key the counter made for this sale." })
    .trim()
    .min(8, "idempotency_key has at least 8 characters (a UUID is best).")
    .max(100, "idempotency_key has at most 100 characters.")
    .optional(),
  shift_id: id("shift_id"),
  lines: z
    .array(
      z
        .object({
          variant_id: id("variant_id"),
          quantity: z
            .number({ message: "quantity is how many packs, a whole number." })
            .int("quantity is a whole number of packs.")
            .min(1, "quantity is at least 1.")
            .max(MAX_LINE_QUANTITY, `quantity is at most ${MAX_LINE_QUANTITY}.`),
          discount: discount("discount").optional(),
        })
        .strict(),
      { message: "lines are the packs sold, each with variant_id and quantity." },
    )
    .min(1, "lines hold at least one pack: scan or pick a product first.")
    .max(100, "lines hold at most 100 packs: split the sale."),
  order_discount: discount("order_discount").optional(),
  customer_phone: z.string({ message: "customer_phone is a phone number." }).max(TEXT_LIMITS.phone, "customer_phone is too long.").optional(),
  /** When the counter made the sale while the backend could not be reached (its own clock), for a sale sent later. */
  sold_offline_at: z
    .string()
    .datetime({ offset: true, message: "sold_offline_at is when the counter made the sale, as an ISO date and time (2026-12-03T09:15:00+07:00)." })
    .refine((value) => Date.parse(value) <= Date.now() + OFFLINE_CLOCK_SKEW_MS, "sold_offline_at is in the future: check the counter's clock.")
    .refine((value) => Date.parse(value) >= Date.now() - OFFLINE_SALE_MAX_AGE_MS, "sold_offline_at is more than 30 days ago: a sale that old is recorded by the programme office, not sent from the counter.")
    .optional(),
  payments: z
    .array(
      z
        .object({
          method: z.enum(POS_PAYMENT_METHODS, { message: 'method is "cash" or "vietqr".' }),
          amount: dong("amount"),
          tendered: dong("tendered").optional(),
        })
        .strict(),
      { message: "payments say how the sale is paid: cash, vietqr, or both." },
    )
    .max(2, "payments hold at most one cash and one VietQR payment."),
})
export type PosCreateSale = z.infer<typeof PosCreateSale>

export const PosListSalesQuery = z
  .object({
    shift_id: id("shift_id").optional(),
    limit: z.coerce.number().int("limit is a whole number.").min(1, "limit is at least 1.").max(100, "limit is at most 100.").default(20),
    offset: z.coerce.number().int("offset is a whole number.").min(0, "offset is 0 or more.").default(0),
  })
  .strict()
export type PosListSalesQuery = z.infer<typeof PosListSalesQuery>

export const PosRefundSale = z.object({
  shift_id: id("shift_id"),
  reason: reason("reason"),
})
export type PosRefundSale = z.infer<typeof PosRefundSale>

export const PosCustomerQuery = z
  .object({
    phone: z
      .string({ message: "phone is the customer's phone number, e.g. 0912 345 678." })
      .trim()
      .min(1, "phone is the customer's phone number, e.g. 0912 345 678.")
      .max(TEXT_LIMITS.phone, "phone is too long for a phone number."),
  })
  .strict()
export type PosCustomerQuery = z.infer<typeof PosCustomerQuery>

export const PosReturnSale = z.object({
  shift_id: id("shift_id"),
  reason: reason("reason"),
  lines: z
    .array(
      z
        .object({
          line_id: id("line_id").optional(),
          variant_id: id("variant_id").optional(),
          quantity: z
            .number({ message: "quantity is how many packs come back, a whole number." })
            .int("quantity is a whole number of packs.")
            .min(1, "quantity is at least 1.")
            .max(MAX_LINE_QUANTITY, `quantity is at most ${MAX_LINE_QUANTITY}.`),
        })
        .strict()
        .refine((line) => Boolean(line.line_id) !== Boolean(line.variant_id), { message: "Each returned line names the sale's line (line_id) or its pack (variant_id), one of them." }),
      { message: "lines are the packs that come back, each with line_id or variant_id and quantity." },
    )
    .min(1, "lines hold at least one pack that comes back.")
    .max(100, "lines hold at most 100 packs."),
})
export type PosReturnSale = z.infer<typeof PosReturnSale>

export const PosAskApproval = z
  .object({
    email: z.string({ message: "email is the manager's sign-in email." }).trim().max(TEXT_LIMITS.email, "email is too long.").optional(),
    password: z.string({ message: "password is the manager's password." }).max(200, "password is too long.").optional(),
  })
  .strict()
  .refine((body) => Boolean(body.email) === Boolean(body.password), {
    message: "Send the manager's email and password together, or neither when the manager's own session asks.",
  })
export type PosAskApproval = z.infer<typeof PosAskApproval>
