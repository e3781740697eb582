/**
 * The codes the API sends with a refusal, one list for every caller: the backend throws them, the
 * storefront maps them to a field and its own words, tests assert them. A rule broken here is a
 * DomainRuleError; the backend turns it into a MedusaError of the same code.
 */
export const ERROR_CODES = {
  // Addresses
  invalidPhone: "invalid_phone",
  missingUnitCodes: "missing_admin_unit_codes",
  unknownProvince: "unknown_province",
  communeNotInProvince: "commune_not_in_province",
  provinceNameMismatch: "province_name_mismatch",
  communeNameMismatch: "commune_name_mismatch",
  // Buying
  producerNotApproved: "producer_not_approved",
  // Medusa's own code when no location of the cart's channel holds enough of a pack
  insufficientInventory: "insufficient_inventory",
  quantityAboveLimit: "quantity_above_limit",
  // Certificates
  invalidCertificate: "invalid_certificate",
  // Payment
  codAboveCeiling: "cod_above_ceiling",
  paymentNotAvailable: "payment_not_available",
  // Bank transfer (VietQR)
  invalidBankTransfer: "invalid_bank_transfer",
  invalidVietQr: "invalid_vietqr",
  vietQrChecksumMismatch: "vietqr_checksum_mismatch",
  // The showroom's counter (@ocop/domain/pos): a sale that does not add up (discounts, payments),
  // what only a manager may do, a shift that is closed or already open, an idempotency key sent
  // again with another sale, a sale refunded twice
  invalidPosSale: "invalid_pos_sale",
  posPaymentMismatch: "pos_payment_mismatch",
  posManagerRequired: "pos_manager_required",
  posShiftClosed: "pos_shift_closed",
  posShiftAlreadyOpen: "pos_shift_already_open",
  posIdempotencyKeyReused: "pos_idempotency_key_reused",
  posSaleAlreadyRefunded: "pos_sale_already_refunded",
  // …a return of more than is left of a sale, an approval typed with what is not a manager's login
  // of the showroom, a manager's approval spent or past its minutes, no customer with a phone
  posReturnExceedsSale: "pos_return_exceeds_sale",
  posNotAManager: "pos_not_a_manager",
  posApprovalUsed: "pos_approval_used",
  posApprovalExpired: "pos_approval_expired",
  customerNotFound: "customer_not_found",
  // The programme office's showrooms and their staff: a handle another showroom has, an email that
  // signs in already (a login is one person's, and a staff member works at one showroom)
  showroomHandleTaken: "showroom_handle_taken",
  // Trade promotion: a fair's handle another fair has, its last day before its first, a video link
  // on a host that is not YouTube, TikTok or Facebook
  fairHandleTaken: "fair_handle_taken",
  fairDatesReversed: "fair_dates_reversed",
  videoHostNotAllowed: "video_host_not_allowed",
  posStaffEmailTaken: "pos_staff_email_taken",
  // Requests: another checkout holds the cart or the stock it reserves, so trying again succeeds;
  // a text longer than its limit in @ocop/domain/input-limits
  cartBusy: "cart_busy",
  textTooLong: "text_too_long",
  // Signing in and registering: too many attempts for one account or from one address (HTTP 429)
  tooManyAttempts: "too_many_attempts",
  // Registering confirms the email first: the link of the confirmation email is forged or broken,
  // is past its 24 hours, or was used already; signing in with the right password before that
  emailLinkInvalid: "email_link_invalid",
  emailLinkExpired: "email_link_expired",
  emailAlreadyConfirmed: "email_already_confirmed",
  emailNotConfirmed: "email_not_confirmed",
  // Resetting a password: the link of the reset email is past its 15 minutes, or forged, cut
  // short, used already or replaced by a newer one
  passwordResetLinkExpired: "password_reset_link_expired",
  passwordResetLinkInvalid: "password_reset_link_invalid",
  // Reviews (@ocop/domain/reviews): only a buyer whose order of the product was delivered may
  // review it, once; the operator decides a review once
  // A producer's product submitted to the programme office twice, or once it is on sale
  productAlreadySubmitted: "product_already_submitted",
  reviewNotAllowed: "review_not_allowed",
  reviewExists: "review_exists",
  reviewDecided: "review_decided",
  // Producer accounts (@ocop/domain/producer-accounts): the programme office's decisions, the
  // members of a producer and which producer a member acts for
  producerDecisionNotAllowed: "producer_decision_not_allowed",
  decisionReasonRequired: "decision_reason_required",
  lastOwner: "last_owner",
  notAnOwner: "not_an_owner",
  alreadyAMember: "already_a_member",
  inviteNotValid: "invite_not_valid",
  producerNotChosen: "producer_not_chosen",
  noProducer: "no_producer",
  // Listings: a producer whose listings the programme office froze (rejected, suspended); a
  // product's last pack size
  producerReadOnly: "producer_read_only",
  lastVariant: "last_variant",
  // A producer's parcel of an order: packed with nothing left to pack, shipped twice, delivered
  // before it is shipped or twice
  nothingToPack: "nothing_to_pack",
  parcelAlreadyShipped: "parcel_already_shipped",
  parcelNotShipped: "parcel_not_shipped",
  parcelAlreadyDelivered: "parcel_already_delivered",
  // Batches (@ocop/domain/batches): a lot code GS1 AI 10 cannot carry, dates out of order, a lot
  // code the pack already has
  invalidLotCode: "invalid_lot_code",
  invalidBatchDates: "invalid_batch_dates",
  batchExists: "batch_exists",
  // Photos (backend/src/lib/photos.ts): a file over the size limit, an image over the pixel limit
  // (a decompression bomb), bytes that are no image (a PDF named .jpg) or that are cut short, a
  // kind of image not taken (SVG, HEIC); an upload with no photo, or with more than it may hold
  photoTooLarge: "photo_too_large",
  photoTooManyPixels: "photo_too_many_pixels",
  photoNotAnImage: "photo_not_an_image",
  photoTypeNotAccepted: "photo_type_not_accepted",
  photoMissing: "photo_missing",
  tooManyPhotos: "too_many_photos",
  // The producers' ledger (@ocop/domain/ledger): a commission rate that is no percentage, a
  // settlement with nothing due, a producer with no bank account to pay into
  invalidCommissionRate: "invalid_commission_rate",
  nothingToSettle: "nothing_to_settle",
  noBankAccount: "no_bank_account",
  // The programme office's reports (@ocop/domain/reports): a period that is no calendar days, or ends before it starts
  invalidReportPeriod: "invalid_report_period",
  // Campaigns (@ocop/domain/campaigns): dates, discount, limit or budget that make no campaign; a
  // handle taken; no product in it; a buyer past the campaign's limit; its budget spent; a change
  // or an end asked of a campaign that has ended, or an end of one not started yet
  invalidCampaign: "invalid_campaign",
  campaignHandleTaken: "campaign_handle_taken",
  campaignWithoutProducts: "campaign_without_products",
  campaignLimitReached: "campaign_limit_reached",
  campaignBudgetSpent: "campaign_budget_spent",
  campaignEnded: "campaign_ended",
  campaignNotStarted: "campaign_not_started",
} as const

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

const KNOWN = new Set<string>(Object.values(ERROR_CODES))

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && KNOWN.has(code)
}

/** A domain rule refused its input; `message` is a sentence a person can act on. */
export class DomainRuleError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = "DomainRuleError"
    this.code = code
  }
}
