import {
  allowFields,
  authenticate,
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_FIELDS } from "@ocop/domain/product"
import {
  announceRefusalOfRegisterRoute,
  throttlePasswordReset,
  throttleProducerRegistration,
  throttleRegistration,
  throttleSignIn,
} from "../lib/auth-attempts"
import {
  keepCartWithGuest,
  onlyTheCartsHolder,
  onlyTheCartsHolderOfBody,
  onlyTheCartsHolderOfCollection,
} from "../lib/cart-access"
import { onlyTheOrdersBuyer, onlyTheOrdersBuyerOfBody } from "../lib/order-access"
import { POS_RESOURCE_GUARDS, posGuard } from "../lib/pos-access"
import { PRODUCER_RESOURCE_GUARDS, producerGuard } from "../lib/producer-access"
import { CUSTOMER_REGISTRATION_MOVED_MESSAGE } from "../lib/registration"
import { securityHeaders } from "../lib/security-headers"
import { verifyStripeSignature } from "../lib/stripe-webhook-signature"
import { shopErrorHandler } from "./error-handler"
import { INPUT_GUARD_ROUTES, validateBodyInSentences } from "./input-guards"
import { AdminListBatchesQuery } from "./admin/batches/validators"
import { AdminReportPeriodQuery, AdminSalesReportQuery } from "./admin/reports/validators"
import { ProducerCreateBatch } from "./producer/batches/validators"
import { readCertificateUpload } from "./producer/certificates/certificate-uploads"
import { StoreRecordScan } from "./store/trace/validators"
import { ProducerListOrdersQuery, ProducerShipParcel } from "./producer/orders/validators"
import { PosCashMovement, PosCatalogueQuery, PosCloseShift, PosCreateSale, PosListSalesQuery, PosListShiftsQuery, PosAskApproval, PosCustomerQuery, PosOpenShift, PosRefundSale, PosReturnSale } from "./pos/validators"
import { limitUploadLength } from "./admin/uploads/upload-length"
import { AdminAddShowroomStaff, AdminCreateShowroom } from "./admin/showrooms/validators"
import { AdminCreateFair, AdminCuratePavilion, AdminUpdateFair, VideoLinkBody } from "./admin/fairs/validators"
import { readPhotoUploads } from "./producer/products/photo-uploads"
import { readReviewForm } from "./store/products/[id]/reviews/review-form"
import {
  ProducerArrangePhoto,
  ProducerCreateProduct,
  ProducerCreateVariant,
  ProducerListProductsQuery,
  ProducerUpdateProduct,
  ProducerUpdateVariant,
} from "./producer/products/validators"
import {
  AdminCreateProducer,
  AdminListBankTransfersQuery,
  AdminListReviewsQuery,
  AdminModerateReview,
  AdminListProducersQuery,
  AdminRecordCertificate,
  AdminRecordRefusedAtDoor,
  AdminRejectProducer,
  AdminResolveBankTransfer,
  AdminSetCommissionRate,
  AdminSettleProducer,
  AdminCreateCampaign,
  AdminEndCampaign,
  AdminUpdateCampaign,
  LedgerPageQuery,
  AdminSetProductOcop,
  AdminSuspendProducer,
  AdminUpdateCertificate,
  AdminUpdateProducer,
  ProducerAcceptInvite,
  ProducerInviteMember,
  ProducerRegistration,
  ProductOcopAdditionalData,
  StoreChooseDelivery,
  StoreConfirmRegistration,
  StoreListProducersQuery,
  StoreRegister,
  StoreListReviewsQuery,
  StoreRequestPasswordReset,
  StoreSubmitReview,
  StoreResetPassword,
} from "./validators"

/**
 * Medusa's customer registration answers a new email with a token and a taken one with a refusal,
 * which tells anyone which emails have an account; customers register through the shop's own route.
 */
function closeCustomerRegisterRoute(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(new MedusaError(MedusaError.Types.NOT_FOUND, CUSTOMER_REGISTRATION_MOVED_MESSAGE))
}

const CUSTOMER_PASSWORD_RESET_MOVED_MESSAGE =
  "Customers reset their password with POST /store/password-resets, which emails a link to the storefront's reset page, and POST /store/password-resets/confirm; this route is closed."

/**
 * Medusa's own customer reset routes would email a link without the buyer's language and take a
 * new password without the shop's password rules; buyers reset through the shop's routes.
 */
function closeCustomerPasswordResetRoute(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(new MedusaError(MedusaError.Types.NOT_FOUND, CUSTOMER_PASSWORD_RESET_MOVED_MESSAGE))
}

/** Medusa compares allowed fields by name: "product_set.*" is asked for and allowed as "product_set". */
const OCOP_ALLOWED_FIELDS = OCOP_FIELDS.map((field) => field.replace(/\.\*$/, ""))

export default defineMiddlewares({
  // Medusa's, with lock contention as 409 cart_busy and undecodable input as 400 (api/error-handler.ts).
  errorHandler: shopErrorHandler(),
  routes: [
    { matcher: "*", middlewares: [securityHeaders] },
    // Bad input is refused with 400 before any query holds it (api/input-guards.ts).
    ...INPUT_GUARD_ROUTES,
    // A client may ask for a product's OCOP links (its producer's public fields, product set,
    // industry, certificates) and show them with @ocop/domain/product; nothing else of a producer.
    // No `method`: only a middleware for every method of a matcher runs before Medusa's own query
    // validation, which otherwise drops the fields (medusajs/medusa#12916).
    { matcher: "/store/products", middlewares: [allowFields(...OCOP_ALLOWED_FIELDS)] },
    { matcher: "/store/products/:id", middlewares: [allowFields(...OCOP_ALLOWED_FIELDS)] },
    // Private orders and carts (lib/order-access.ts, lib/cart-access.ts): without `method` a matcher is
    // a prefix, so each guard covers every route under it, Medusa's and ours, and runs before them.
    // The buyer's order page shows each producer's parcel: its tracking number (on its label) and its lines.
    { matcher: "/store/orders/:id", middlewares: [onlyTheOrdersBuyer, allowFields("fulfillments.labels", "fulfillments.items")] },
    { matcher: "/store/returns", method: ["POST"], middlewares: [onlyTheOrdersBuyerOfBody] },
    { matcher: "/store/carts/:id", middlewares: [onlyTheCartsHolder] },
    { matcher: "/store/carts/:id", method: ["POST"], middlewares: [keepCartWithGuest] },
    { matcher: "/store/payment-collections", method: ["POST"], middlewares: [onlyTheCartsHolderOfBody] },
    { matcher: "/store/payment-collections/:id", middlewares: [onlyTheCartsHolderOfCollection] },
    { matcher: "/store/carts/:id/delivery", method: ["POST"], middlewares: [validateAndTransformBody(StoreChooseDelivery)] },
    {
      matcher: "/store/producers",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListProducersQuery, {})],
    },
    {
      matcher: "/admin/producers",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListProducersQuery, {})],
    },
    { matcher: "/admin/producers", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateProducer)] },
    { matcher: "/admin/producers/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
    { matcher: "/admin/producers/:id/reject", method: ["POST"], middlewares: [validateBodyInSentences(AdminRejectProducer)] },
    { matcher: "/admin/producers/:id/suspend", method: ["POST"], middlewares: [validateBodyInSentences(AdminSuspendProducer)] },
    {
      matcher: "/admin/products/:id/certificates",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRecordCertificate)],
    },
    { matcher: "/admin/products/:id/ocop", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetProductOcop)] },
    { matcher: "/admin/certificates/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCertificate)] },
    // No method: it must run before Medusa's own multer reads the upload (api/admin/uploads/route.ts).
    { matcher: "/admin/uploads", middlewares: [limitUploadLength] },
    { matcher: "/admin/products", method: ["POST"], additionalDataValidator: ProductOcopAdditionalData.shape },
    { matcher: "/admin/products/:id", method: ["POST"], additionalDataValidator: ProductOcopAdditionalData.shape },
    {
      matcher: "/admin/bank-transfers",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListBankTransfersQuery, {})],
    },
    { matcher: "/admin/bank-transfers/:id/resolve", method: ["POST"], middlewares: [validateAndTransformBody(AdminResolveBankTransfer)] },
    { matcher: "/admin/reports/sales", method: ["GET"], middlewares: [validateAndTransformQuery(AdminSalesReportQuery, {})] },
    { matcher: "/admin/reports/sales/export", method: ["GET"], middlewares: [validateAndTransformQuery(AdminSalesReportQuery, {})] },
    { matcher: "/admin/reports/showroom-days", method: ["GET"], middlewares: [validateAndTransformQuery(AdminReportPeriodQuery, {})] },
    { matcher: "/admin/ledger/:producer_id", method: ["GET"], middlewares: [validateAndTransformQuery(LedgerPageQuery, {})] },
    { matcher: "/admin/ledger/:producer_id/settlements", method: ["POST"], middlewares: [validateAndTransformBody(AdminSettleProducer)] },
    { matcher: "/admin/commission-rates", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetCommissionRate)] },
    { matcher: "/admin/trade-campaigns", method: ["POST"], middlewares: [validateBodyInSentences(AdminCreateCampaign)] },
    { matcher: "/admin/trade-campaigns/:id", method: ["POST"], middlewares: [validateBodyInSentences(AdminUpdateCampaign)] },
    { matcher: "/admin/trade-campaigns/:id/end", method: ["POST"], middlewares: [validateBodyInSentences(AdminEndCampaign)] },
    { matcher: "/admin/orders/:id/refused-at-door", method: ["POST"], middlewares: [validateAndTransformBody(AdminRecordRefusedAtDoor)] },
    { matcher: "/admin/showrooms", method: ["POST"], middlewares: [validateBodyInSentences(AdminCreateShowroom)] },
    { matcher: "/admin/showrooms/:id/staff", method: ["POST"], middlewares: [validateBodyInSentences(AdminAddShowroomStaff)] },
    { matcher: "/admin/fairs", method: ["POST"], middlewares: [validateBodyInSentences(AdminCreateFair)] },
    { matcher: "/admin/fairs/:id", method: ["POST"], middlewares: [validateBodyInSentences(AdminUpdateFair)] },
    { matcher: "/admin/fairs/:id/video-links", method: ["POST"], middlewares: [validateBodyInSentences(VideoLinkBody)] },
    { matcher: "/admin/products/:id/video-links", method: ["POST"], middlewares: [validateBodyInSentences(VideoLinkBody)] },
    { matcher: "/admin/trade-campaigns/:id/video-links", method: ["POST"], middlewares: [validateBodyInSentences(VideoLinkBody)] },
    { matcher: "/admin/pavilions/:province_code", method: ["POST"], middlewares: [validateBodyInSentences(AdminCuratePavilion)] },
    { matcher: "/hooks/payment/stripe_stripe", method: ["POST"], middlewares: [verifyStripeSignature] },
    // A bank notification's signature is over the bytes sent, so its route reads them as they came.
    { matcher: "/hooks/bank-transfer/:service", method: ["POST"], bodyParser: { preserveRawBody: true }, middlewares: [] },
    // The producer API (lib/producer-access.ts): one guard for every route under /producer, which
    // authenticates the member (401 without a session, but on the public routes) and puts the
    // producer they act for on the request (404 for one they do not work for); then one check per
    // kind of resource a path names (404 for another producer's). Handlers read req.producer only.
    { matcher: "/producer", middlewares: [producerGuard()] },
    ...PRODUCER_RESOURCE_GUARDS,
    {
      matcher: "/producer/registrations",
      method: ["POST"],
      middlewares: [throttleProducerRegistration(), validateBodyInSentences(ProducerRegistration)],
    },
    { matcher: "/producer/invites/accept", method: ["POST"], middlewares: [validateBodyInSentences(ProducerAcceptInvite)] },
    { matcher: "/producer/members", method: ["POST"], middlewares: [validateBodyInSentences(ProducerInviteMember)] },
    { matcher: "/producer/products", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerListProductsQuery, {})] },
    { matcher: "/producer/products", method: ["POST"], middlewares: [validateBodyInSentences(ProducerCreateProduct)] },
    { matcher: "/producer/products/:id", method: ["POST"], middlewares: [validateBodyInSentences(ProducerUpdateProduct)] },
    { matcher: "/producer/products/:id/variants", method: ["POST"], middlewares: [validateBodyInSentences(ProducerCreateVariant)] },
    { matcher: "/producer/products/:id/variants/:variant_id", method: ["POST"], middlewares: [validateBodyInSentences(ProducerUpdateVariant)] },
    // Photos come as multipart/form-data, which no body parser of Medusa's reads.
    { matcher: "/producer/products/:id/photos", method: ["POST"], bodyParser: false, middlewares: [readPhotoUploads] },
    { matcher: "/producer/products/:id/photos/:photo_id", method: ["POST"], middlewares: [validateBodyInSentences(ProducerArrangePhoto)] },
    { matcher: "/producer/products/:id/batches", method: ["POST"], middlewares: [validateBodyInSentences(ProducerCreateBatch)] },
    // A certificate comes with its decision document, as multipart/form-data.
    { matcher: "/producer/products/:id/certificates", method: ["POST"], bodyParser: false, middlewares: [readCertificateUpload] },
    { matcher: "/producer/products/:id/video-links", method: ["POST"], middlewares: [validateBodyInSentences(VideoLinkBody)] },
    { matcher: "/producer/ledger", method: ["GET"], middlewares: [validateAndTransformQuery(LedgerPageQuery, {})] },
    { matcher: "/producer/orders", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerListOrdersQuery, {})] },
    {
      matcher: "/producer/orders/:id/fulfillments/:fulfillment_id/shipments",
      method: ["POST"],
      middlewares: [validateBodyInSentences(ProducerShipParcel)],
    },
    // The showroom counter (lib/pos-access.ts): one guard for every route under /pos, which
    // authenticates the staff member (401 without a session) and puts their showroom on the request;
    // then one check per kind of resource a path names (404 for another showroom's).
    { matcher: "/pos", middlewares: [posGuard()] },
    ...POS_RESOURCE_GUARDS,
    { matcher: "/pos/catalogue", method: ["GET"], middlewares: [validateAndTransformQuery(PosCatalogueQuery, {})] },
    { matcher: "/pos/shifts", method: ["GET"], middlewares: [validateAndTransformQuery(PosListShiftsQuery, {})] },
    { matcher: "/pos/shifts", method: ["POST"], middlewares: [validateBodyInSentences(PosOpenShift)] },
    { matcher: "/pos/shifts/:id/cash-movements", method: ["POST"], middlewares: [validateBodyInSentences(PosCashMovement)] },
    { matcher: "/pos/shifts/:id/close", method: ["POST"], middlewares: [validateBodyInSentences(PosCloseShift)] },
    { matcher: "/pos/sales", method: ["GET"], middlewares: [validateAndTransformQuery(PosListSalesQuery, {})] },
    { matcher: "/pos/sales", method: ["POST"], middlewares: [validateBodyInSentences(PosCreateSale)] },
    { matcher: "/pos/sales/:id/refund", method: ["POST"], middlewares: [validateBodyInSentences(PosRefundSale)] },
    { matcher: "/pos/sales/:id/returns", method: ["POST"], middlewares: [validateBodyInSentences(PosReturnSale)] },
    { matcher: "/pos/customers", method: ["GET"], middlewares: [validateAndTransformQuery(PosCustomerQuery, {})] },
    // A manager's password typed on a cashier's counter counts as a sign-in attempt.
    { matcher: "/pos/approvals", method: ["POST"], middlewares: [throttleSignIn(), validateBodyInSentences(PosAskApproval)] },
    // Email-and-password sign-in and registration of every actor type, throttled per account and
    // per client address before Medusa checks anything (lib/auth-attempts.ts). A customer registers
    // with POST /store/registrations, which emails a link to confirm the address (lib/registration.ts);
    // Medusa's register route stays for operators, whose invites use it.
    { matcher: "/auth/:actor_type/emailpass", method: ["POST"], middlewares: [throttleSignIn()] },
    { matcher: "/auth/customer/emailpass/register", method: ["POST"], middlewares: [closeCustomerRegisterRoute] },
    { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [throttleRegistration(), announceRefusalOfRegisterRoute] },
    { matcher: "/store/registrations", method: ["POST"], middlewares: [throttleRegistration(), validateAndTransformBody(StoreRegister)] },
    { matcher: "/store/registrations/confirm", method: ["POST"], middlewares: [validateAndTransformBody(StoreConfirmRegistration)] },
    { matcher: "/auth/customer/emailpass/reset-password", method: ["POST"], middlewares: [closeCustomerPasswordResetRoute] },
    { matcher: "/auth/customer/emailpass/update", method: ["POST"], middlewares: [closeCustomerPasswordResetRoute] },
    { matcher: "/store/password-resets", method: ["POST"], middlewares: [throttlePasswordReset(), validateAndTransformBody(StoreRequestPasswordReset)] },
    { matcher: "/store/password-resets/confirm", method: ["POST"], middlewares: [validateAndTransformBody(StoreResetPassword)] },
    { matcher: "/store/products/:id/reviews", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListReviewsQuery, {})] },
    {
      matcher: "/store/products/:id/reviews",
      method: ["POST"],
      // JSON, or multipart/form-data when the review carries a photo.
      middlewares: [authenticate("customer", ["session", "bearer"]), readReviewForm, validateAndTransformBody(StoreSubmitReview)],
    },
    { matcher: "/admin/product-reviews", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListReviewsQuery, {})] },
    { matcher: "/admin/product-reviews/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminModerateReview)] },
    { matcher: "/store/trace/:gtin/batches/:lot/scans", method: ["POST"], middlewares: [validateAndTransformBody(StoreRecordScan)] },
    { matcher: "/admin/batches", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListBatchesQuery, {})] },
  ],
})
