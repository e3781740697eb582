import { z } from "@medusajs/framework/zod"
import { type AccountProblem, emailProblem, MIN_PASSWORD_LENGTH, normalizeEmail, passwordProblem } from "@ocop/domain/account"
import { ACCOUNT_LOCALES } from "@ocop/domain/storefront-links"
import { TEXT_LIMITS, type TextLimit } from "@ocop/domain/input-limits"
import { COMMISSION_SCOPES } from "@ocop/domain/ledger"
import { normalizePhone } from "@ocop/domain/phone"
import { todayInVietnam } from "@ocop/domain/vietnam-date"
import { PRODUCER_MEMBER_ROLES } from "@ocop/domain/producer-accounts"
import { MAX_RATING, MIN_RATING, MIN_REVIEW_LENGTH, REVIEW_STATUSES, type ReviewProblem, reviewProblem } from "@ocop/domain/reviews"
import { passwordRefusal } from "../lib/member-logins"
import { EVALUATION_KINDS, CRITERIA_DECISIONS } from "../modules/ocop/models/certificate"
import { assertAdminUnits } from "../lib/admin-units"
import { PRODUCER_KINDS, PRODUCER_STATUSES } from "../modules/producer/models/producer"

export const tooLong = (field: string, limit: TextLimit) => `${field} is longer than ${TEXT_LIMITS[limit]} characters: shorten it.`

/** Vietnamese text arrives in any Unicode form; it is stored NFC so search and equality work. */
export const nfc = (field: string, limit: TextLimit, message?: string) =>
  z
    .string(message ? { message } : undefined)
    .trim()
    .min(1, message)
    .transform((s) => s.normalize("NFC"))
    .pipe(z.string().max(TEXT_LIMITS[limit], tooLong(field, limit)))
export const optionalNfc = (field: string, limit: TextLimit) =>
  z
    .string()
    .trim()
    .transform((s) => s.normalize("NFC"))
    .pipe(z.string().max(TEXT_LIMITS[limit], tooLong(field, limit)))
    .nullish()
export const handle = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A handle is lower-case letters, digits and dashes, e.g. htx-tai-hoan.")
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are written YYYY-MM-DD, e.g. 2024-06-25.")
  .refine((s) => !Number.isNaN(new Date(s).getTime()), "This is not a calendar date.")

export const StoreListProducersQuery = z.object({
  province_code: z.string().regex(/^\d{2}$/, "A province code is two digits, e.g. 37.").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListProducersQuery = z.infer<typeof StoreListProducersQuery>

export const AdminListProducersQuery = StoreListProducersQuery.extend({
  status: z.enum(PRODUCER_STATUSES).optional(),
  q: z.string().max(TEXT_LIMITS.searchQuery, tooLong("q", "searchQuery")).optional(),
})
export type AdminListProducersQuery = z.infer<typeof AdminListProducersQuery>

/** A Vietnamese mobile or landline number, stored as @ocop/domain/phone writes it. */
export const phoneNumber = z
  .string()
  .max(TEXT_LIMITS.phone, tooLong("phone", "phone"))
  .refine((phone) => normalizePhone(phone) !== null, "This is not a Vietnamese mobile or landline number, e.g. 0912 345 678 or 024 3825 1234.")
  .transform((phone) => normalizePhone(phone)!)
  .nullish()
/** The 2025 units' codes; whether they name a unit, and the commune one of the province, is assertAdminUnits's. */
export const provinceCode = z.string({ message: "Give province_code: the province's two digits, e.g. 37." }).regex(/^\d{2}$/, "A province code is two digits, e.g. 37.")
export const communeCode = z.string({ message: "Give commune_code: the commune's or ward's five digits, e.g. 14215." }).regex(/^\d{5}$/, "A commune code is five digits, e.g. 14215.")

const producerFields = {
  name: nfc("name", "producerName", "A producer needs its name."),
  kind: z.enum(PRODUCER_KINDS, { message: "kind is cooperative, household or enterprise." }),
  contact_name: optionalNfc("contact_name", "personName"),
  email: z.string().max(TEXT_LIMITS.email, tooLong("email", "email")).email("This is not an email address.").nullish(),
  phone: phoneNumber,
  business_registration_number: z.string().regex(/^\d{10}(-\d{3})?$/, "A business registration number is 10 digits.").nullish(),
  address_as_issued: nfc("address_as_issued", "addressAsIssued", "The address as printed on the certificate is needed."),
  province_code: provinceCode,
  commune_code: communeCode.nullish(),
  story_vi: optionalNfc("story_vi", "story"),
  story_en: optionalNfc("story_en", "story"),
  logo_url: z.string().max(TEXT_LIMITS.url, tooLong("logo_url", "url")).url().nullish(),
  // The account settlements are paid into (@ocop/domain/ledger): a VietQR transfer needs all three.
  bank_bin: z.string().regex(/^\d{6}$/, "A bank's NAPAS BIN is 6 digits, e.g. 970436 for Vietcombank.").nullish(),
  bank_account_number: z.string().regex(/^[A-Za-z0-9]{1,19}$/, "An account number is 1 to 19 letters or digits, with no spaces or dots.").nullish(),
  bank_account_name: optionalNfc("bank_account_name", "personName"),
}

export const AdminCreateProducer = z.object({ handle, ...producerFields, status: z.enum(PRODUCER_STATUSES).optional() })
export type AdminCreateProducer = z.infer<typeof AdminCreateProducer>

export const AdminUpdateProducer = z
  .object({ handle, ...producerFields, status: z.enum(PRODUCER_STATUSES) })
  .partial()
export type AdminUpdateProducer = z.infer<typeof AdminUpdateProducer>

export const AdminRecordCertificate = z.object({
  decision_number: nfc("decision_number", "decisionNumber", "The decision number is needed, e.g. 2751/QĐ-UBND."),
  decision_date: isoDate,
  issuing_authority: nfc("issuing_authority", "issuingAuthority", "The issuing authority is needed, e.g. UBND tỉnh Bắc Kạn."),
  star_rating: z.number().int("The star rating is a whole number."),
  total_score: z.number().min(0).max(100),
  score_a: z.number().min(0).nullish(),
  score_b: z.number().min(0).nullish(),
  score_c: z.number().min(0).nullish(),
  evaluation_kind: z.enum(EVALUATION_KINDS).optional(),
  criteria_decision: z.enum(CRITERIA_DECISIONS).optional(),
  product_set_id: z.string().min(1, "Choose the product set the product was scored in."),
  verified: z.boolean().optional(),
  is_sample: z.boolean().optional(),
})
export type AdminRecordCertificate = z.infer<typeof AdminRecordCertificate>

export const AdminUpdateCertificate = AdminRecordCertificate.partial()
export type AdminUpdateCertificate = z.infer<typeof AdminUpdateCertificate>

export const AdminSetProductOcop = z
  .object({ producer_id: z.string().min(1).optional(), product_set_id: z.string().min(1).optional() })
  .refine((v) => v.producer_id || v.product_set_id, "Send producer_id, product_set_id or both.")
export type AdminSetProductOcop = z.infer<typeof AdminSetProductOcop>

/** Extra fields Medusa's own product routes accept, consumed by the product hooks. */
export const ProductOcopAdditionalData = z.object({
  producer_id: z.string().optional(),
  product_set_id: z.string().optional(),
})

export const StoreChooseDelivery = z.object({
  kind: z.string({ message: "Say how the cart is to be delivered: kind is standard, express or pickup." }).trim().min(1),
})
export type StoreChooseDelivery = z.infer<typeof StoreChooseDelivery>

export const AdminListBankTransfersQuery = z.object({
  /** true: only those that paid nothing and wait for the operator; false: every transfer. */
  to_resolve: z
    .enum(["true", "false"], { message: "to_resolve is true or false." })
    .default("true")
    .transform((value) => value === "true"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListBankTransfersQuery = z.infer<typeof AdminListBankTransfersQuery>

export const AdminResolveBankTransfer = z.discriminatedUnion(
  "resolution",
  [
    z.object({
      resolution: z.literal("matched"),
      order_id: z.string().trim().min(1, "Say which order the transfer pays: order_id.").max(100, "order_id is longer than 100 characters: an order id is order_ and 26 letters and digits."),
      note: optionalNfc("note", "note"),
    }),
    z.object({
      resolution: z.literal("refunded"),
      note: nfc("note", "note", "Say how the money went back: the bank's reference of the refund."),
    }),
  ],
  { message: 'resolution is "matched" (with the order_id it pays) or "refunded" (with a note).' },
)
export type AdminResolveBankTransfer = z.infer<typeof AdminResolveBankTransfer>

export const AdminRecordRefusedAtDoor = z.object({
  /** What the courier or the showroom said, e.g. "Khách không nghe máy"; told to the buyer. */
  reason: optionalNfc("reason", "note"),
})
export type AdminRecordRefusedAtDoor = z.infer<typeof AdminRecordRefusedAtDoor>

/** What each of @ocop/domain/account's refusals of a password says. */
const PASSWORD_PROBLEMS: Partial<Record<AccountProblem, string>> = {
  required: "password is needed.",
  password_short: `password is shorter than ${MIN_PASSWORD_LENGTH} characters: choose a longer one.`,
  too_long: `password is longer than ${TEXT_LIMITS.password} characters: shorten it.`,
  password_guessable: "password is too easy to guess (the email, its name, or one character repeated): choose another.",
}

export function passwordProblemSentence(problem: AccountProblem): string {
  return PASSWORD_PROBLEMS[problem] ?? "password cannot be used: choose another."
}

/**
 * POST /store/registrations: what the storefront's register form sends, checked by the same rules
 * (@ocop/domain/account, /phone). The name and phone are kept for the customer the confirmation
 * makes; `locale` is the language of the email's link.
 */
export const StoreRegister = z
  .object({
    email: z
      .string({ message: "email is needed: the address the confirmation link is sent to." })
      .transform(normalizeEmail)
      .refine((email) => !emailProblem(email), "email is not an email address: write it as lan@example.vn."),
    password: z.string({ message: "password is needed." }),
    first_name: nfc("first_name", "personName", "first_name is needed: the given name of the person the account is for."),
    last_name: optionalNfc("last_name", "personName").transform((name) => name ?? ""),
    phone: z
      .string({ message: "phone is needed: a Vietnamese mobile or landline number." })
      .max(TEXT_LIMITS.phone, tooLong("phone", "phone"))
      .refine((phone) => normalizePhone(phone) !== null, "phone is not a Vietnamese mobile or landline number, e.g. 0912 345 678 or 024 3825 1234.")
      .transform((phone) => normalizePhone(phone)!),
    locale: z.enum(ACCOUNT_LOCALES).default("vi"),
  })
  .superRefine((registration, ctx) => {
    const problem = passwordProblem(registration.password, registration.email)
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: passwordProblemSentence(problem) })
  })
export type StoreRegister = z.infer<typeof StoreRegister>

/** POST /store/registrations/confirm: the token of the link in the confirmation email. */
export const StoreConfirmRegistration = z.object({
  token: z
    .string({ message: "token is needed: the one in the link of the confirmation email." })
    .min(1, "token is needed: the one in the link of the confirmation email.")
    .max(TEXT_LIMITS.url, tooLong("token", "url")),
})
export type StoreConfirmRegistration = z.infer<typeof StoreConfirmRegistration>

/** POST /store/password-resets: the email to send a reset link to, and the language of the link's page. */
export const StoreRequestPasswordReset = z.object({
  email: z
    .string({ message: "email is needed: the address you sign in with, where the link is sent." })
    .transform(normalizeEmail)
    .refine((email) => !emailProblem(email), "email is not an email address: write it as lan@example.vn."),
  locale: z.enum(ACCOUNT_LOCALES).default("vi"),
})
export type StoreRequestPasswordReset = z.infer<typeof StoreRequestPasswordReset>

/**
 * POST /store/password-resets/confirm: the token of the reset email's link and the new password,
 * taken as typed; the password rules need the email, which the token names (the route checks them).
 */
export const StoreResetPassword = z.object({
  token: z
    .string({ message: "token is needed: the one in the link of the password reset email." })
    .min(1, "token is needed: the one in the link of the password reset email.")
    .max(TEXT_LIMITS.url, tooLong("token", "url")),
  password: z.string({ message: "password is needed: the new password." }).max(TEXT_LIMITS.password, tooLong("password", "password")),
})
export type StoreResetPassword = z.infer<typeof StoreResetPassword>
/** Compared and stored in lower case, as the storefront's forms and Medusa's sign-in send it. */
export const memberEmail = (field: string) =>
  z
    .string({ message: `Give ${field}: the email to sign in with.` })
    .trim()
    .toLowerCase()
    .max(TEXT_LIMITS.email, tooLong(field, "email"))
    .email(`${field} is not an email address: check it, e.g. lan.nguyen@htx-tai-hoan.vn.`)
/** Taken as typed: spaces may be part of a password. */
export const password = (field: string) =>
  z.string({ message: `${field} is text: the password to sign in with.` }).max(TEXT_LIMITS.password, tooLong(field, "password"))
const required = (what: string) => ({ message: `Give ${what}.` })

/**
 * POST /producer/registrations: the producer as its business registration and certificates name it,
 * and the person registering, who becomes its owner. Without a session the owner's email and a
 * password are needed (the route checks, as only it knows who is signed in); with one, the login's.
 */
export const ProducerRegistration = z
  .object({
    name: nfc("name", "producerName", "Give the producer's name as its business registration writes it, e.g. HTX Tài Hoan."),
    kind: producerFields.kind,
    business_registration_number: z
      .string(required("the business registration number (business_registration_number), 10 digits"))
      .trim()
      .regex(/^\d{10}(-\d{3})?$/, "A business registration number is 10 digits (a branch adds a dash and 3 more), as printed on the registration certificate."),
    phone: z
      .string(required("a phone number the programme office can call (phone)"))
      .max(TEXT_LIMITS.phone, tooLong("phone", "phone"))
      .refine((phone) => normalizePhone(phone) !== null, "This is not a Vietnamese mobile or landline number, e.g. 0912 345 678 or 024 3825 1234.")
      .transform((phone) => normalizePhone(phone)!),
    address_as_issued: nfc("address_as_issued", "addressAsIssued", "Give the address as printed on the producer's certificates (address_as_issued)."),
    province_code: z.string(required("the 2025 province code (province_code), e.g. 37")).regex(/^\d{2}$/, "A province code is two digits, e.g. 37."),
    commune_code: z.string(required("the 2025 commune or ward code (commune_code), e.g. 14215")).regex(/^\d{5}$/, "A commune code is five digits, e.g. 14215."),
    owner: z.object(
      {
        name: nfc("owner.name", "personName", "Give your name (owner.name): the producer's members see it."),
        email: memberEmail("owner.email").optional(),
        password: password("owner.password").optional(),
      },
      { message: "Say who registers (owner): your name, and without signing in first your email and a password." },
    ),
  })
  .superRefine((registration, ctx) => {
    try {
      assertAdminUnits(registration)
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["commune_code"], message: (error as Error).message })
    }
    const { email, password } = registration.owner
    const refusal = email && password !== undefined ? passwordRefusal(password, email) : undefined
    if (refusal) ctx.addIssue({ code: "custom", path: ["owner", "password"], message: refusal })
  })
export type ProducerRegistration = z.infer<typeof ProducerRegistration>

/** POST /producer/members: an owner invites someone by email, as staff unless said. */
export const ProducerInviteMember = z.object({
  email: memberEmail("email"),
  role: z.enum(PRODUCER_MEMBER_ROLES, { message: "role is owner or staff: an owner also invites and removes members." }).default("staff"),
})
export type ProducerInviteMember = z.infer<typeof ProducerInviteMember>

/** POST /producer/invites/accept: the token from the invitation, and for a new login a name and a password. */
export const ProducerAcceptInvite = z.object({
  token: z
    .string(required("the invitation's token (token), as the invitation email has it"))
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, "This is not an invitation token: copy it whole from the invitation email."),
  name: optionalNfc("name", "personName"),
  password: password("password").optional(),
})
export type ProducerAcceptInvite = z.infer<typeof ProducerAcceptInvite>

/** POST /admin/producers/:id/reject: why, which the producer's members are told and read on their account. */
export const AdminRejectProducer = z.object({
  reason: nfc("reason", "note", "Say why the registration is rejected (reason): the producer reads it to put its registration right."),
})
export type AdminRejectProducer = z.infer<typeof AdminRejectProducer>

/** POST /admin/producers/:id/suspend: why, if the office says, which the producer's members are told. */
export const AdminSuspendProducer = z.object({ reason: optionalNfc("reason", "note") })
export type AdminSuspendProducer = z.infer<typeof AdminSuspendProducer>

/** What each of @ocop/domain/reviews' refusals of a review says. */
const REVIEW_PROBLEMS: Record<ReviewProblem, { path: "rating" | "body"; message: string }> = {
  rating_required: { path: "rating", message: `rating is needed: a whole number of stars from ${MIN_RATING} to ${MAX_RATING}.` },
  rating_out_of_range: { path: "rating", message: `rating is a whole number of stars from ${MIN_RATING} to ${MAX_RATING}.` },
  body_required: { path: "body", message: "body is needed: say what you found, for other buyers." },
  body_short: { path: "body", message: `body is shorter than ${MIN_REVIEW_LENGTH} characters: say a little more, for other buyers.` },
  body_long: { path: "body", message: `body is longer than ${TEXT_LIMITS.reviewBody} characters: shorten it.` },
}

/** POST /store/products/:id/reviews: a verified buyer's score and text, in the language they wrote it. */
export const StoreSubmitReview = z
  .object({
    rating: z.unknown(),
    body: z.string({ message: "body is needed: say what you found, for other buyers." }).max(TEXT_LIMITS.reviewBody * 2, tooLong("body", "reviewBody")),
    locale: z.enum(ACCOUNT_LOCALES).default("vi"),
  })
  .superRefine((review, ctx) => {
    const problem = reviewProblem(review.rating, review.body.normalize("NFC"))
    if (problem) ctx.addIssue({ code: "custom", path: [REVIEW_PROBLEMS[problem].path], message: REVIEW_PROBLEMS[problem].message })
  })
  .transform((review) => ({ ...review, rating: review.rating as number, body: review.body.normalize("NFC").trim() }))
export type StoreSubmitReview = z.infer<typeof StoreSubmitReview>

export const StoreListReviewsQuery = z.object({
  limit: z.coerce.number({ message: "limit is a number of reviews, 1 to 50." }).int().min(1).max(50).default(10),
  offset: z.coerce.number({ message: "offset is a number of reviews to skip, 0 or more." }).int().min(0).default(0),
})
export type StoreListReviewsQuery = z.infer<typeof StoreListReviewsQuery>

export const AdminListReviewsQuery = z.object({
  status: z.enum(REVIEW_STATUSES, { message: "status is pending, approved or rejected." }).default("pending"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListReviewsQuery = z.infer<typeof AdminListReviewsQuery>

export const AdminModerateReview = z.object({
  status: z.enum(["approved", "rejected"], { message: 'status is "approved" or "rejected" (with a note saying why).' }),
  note: optionalNfc("note", "note"),
})
export type AdminModerateReview = z.infer<typeof AdminModerateReview>

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

export const LedgerPageQuery = z.object(page)
export type LedgerPageQuery = z.infer<typeof LedgerPageQuery>

export const AdminSettleProducer = z.object({
  period_end: isoDate.refine((day) => day <= todayInVietnam(), "A settlement covers days that have ended or today, not a day still to come."),
})
export type AdminSettleProducer = z.infer<typeof AdminSettleProducer>

export const AdminSetCommissionRate = z
  .object({
    scope: z.enum(COMMISSION_SCOPES, { message: "scope is default, industry or producer." }),
    scope_id: z.string().trim().max(64).nullish(),
    rate_percent: z.number({ message: "rate_percent is a percentage, e.g. 8 or 7.5." }),
  })
  .refine((rate) => (rate.scope === "default") === !rate.scope_id, {
    message: "The default rate has no scope_id; an industry's names its code (I to VI), a producer's its id.",
    path: ["scope_id"],
  })
export type AdminSetCommissionRate = z.infer<typeof AdminSetCommissionRate>

/** A moment in Vietnam's time, "2026-12-04T08:00" (UTC+7 all year), or with its own offset. */
const vietnamTime = (field: string) =>
  z
    .string({ message: `${field}: give a date and time, e.g. 2026-12-04T08:00 (Vietnam's time).` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/, `${field}: write a date and time as 2026-12-04T08:00 (Vietnam's time).`)
    .transform((s) => new Date(/(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s}+07:00`))
    .refine((date) => !Number.isNaN(date.getTime()), `${field}: this is not a calendar date and time.`)

export const AdminCreateCampaign = z.object({
  handle: handle.optional(),
  name_vi: nfc("name_vi", "productTitle", "name_vi: give the campaign's name in Vietnamese."),
  name_en: nfc("name_en", "productTitle", "name_en: give the campaign's name in English."),
  summary_vi: optionalNfc("summary_vi", "note"),
  summary_en: optionalNfc("summary_en", "note"),
  /** A photo uploaded with POST /admin/uploads (the photo pipeline): its URL. */
  banner_url: z.string().url("banner_url: upload the banner first (POST /admin/uploads) and give its URL.").nullish(),
  starts_at: vietnamTime("starts_at"),
  ends_at: vietnamTime("ends_at"),
  /** Chosen by hand; else the rule's. */
  product_ids: z.array(z.string().min(1)).max(500, "product_ids: at most 500 products by hand; choose them by a rule instead.").optional(),
  province_code: z.string().regex(/^\d{2}$/, "province_code: a province code is two digits, e.g. 37.").nullish(),
  industry_code: z.string().regex(/^[IV]{1,3}$/, "industry_code: an industry of Decision 148 is I to VI.").nullish(),
  star_rating: z.number().int().min(3, "star_rating: OCOP stars are 3, 4 or 5.").max(5, "star_rating: OCOP stars are 3, 4 or 5.").nullish(),
  discount: z
    .object({
      type: z.enum(["percentage", "fixed"], { message: "discount.type: percentage or fixed." }),
      value: z.number({ message: "discount.value: a whole number (percent, or đồng off each unit)." }),
    })
    .nullish(),
  per_buyer_limit: z.number({ message: "per_buyer_limit: a whole number of orders." }).nullish(),
  budget: z.number({ message: "budget: a whole number of đồng." }).nullish(),
})
export type AdminCreateCampaign = z.infer<typeof AdminCreateCampaign>

/** POST /admin/trade-campaigns/:id: its texts, banner (null takes it off) and window; the handle, products and discount stay as made. */
export const AdminUpdateCampaign = AdminCreateCampaign.pick({
  name_vi: true,
  name_en: true,
  summary_vi: true,
  summary_en: true,
  banner_url: true,
  starts_at: true,
  ends_at: true,
}).partial()
export type AdminUpdateCampaign = z.infer<typeof AdminUpdateCampaign>

/** POST /admin/trade-campaigns/:id/end: nothing to send, the campaign ends now. */
export const AdminEndCampaign = z.object({})
