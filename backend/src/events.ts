/**
 * The events this project emits, in one place: what a subscriber (and, later, a search index
 * definition's `events`) listens to. Medusa's own events stay Medusa's (`ProductWorkflowEvents` …);
 * a change of ours is announced under a name of ours, never by firing one of Medusa's.
 */

/** A certificate was recorded for a product: `{ id, product_id }`. */
export const CERTIFICATE_RECORDED_EVENT = "ocop_certificate.recorded"
/** A certificate was changed (verified, corrected, revoked): `{ id }`. */
export const CERTIFICATE_UPDATED_EVENT = "ocop_certificate.updated"
/** A producer's record or status changed: `{ id }`. */
export const PRODUCER_UPDATED_EVENT = "producer.updated"
/** A product was given another producer or OCOP product set (links, not the product's own row): `{ id }`. */
export const PRODUCT_OCOP_CHANGED_EVENT = "ocop.product_ocop_changed"
/** A review was approved or rejected: its product's summary, pages and search document change. */
export const PRODUCT_REVIEW_MODERATED_EVENT = "ocop.product_review_moderated"
/** A buyer submitted a review, which waits for the operator. */
export const PRODUCT_REVIEW_SUBMITTED_EVENT = "ocop.product_review_submitted"
/** An order's units were counted into, or taken out of, its products' sold counts. */
export const PRODUCT_SALES_CHANGED_EVENT = "ocop.product_sales_changed"
/** The bank told of a transfer to the shop's account. */
export const BANK_TRANSFER_RECEIVED_EVENT = "bank_transfer.received"
/** A login was made, or one waiting for its confirmation was named with its own password: its email gets the link. */
export const REGISTRATION_STARTED_EVENT = "ocop.registration_started"
/** A registration named an email that already has a login: its owner is told. */
export const REGISTRATION_REFUSED_EVENT = "ocop.registration_refused"
/** Asks a worker to compare the search index with the catalogue and rebuild it if they differ: `{ reason }`. */
export const PRODUCT_SEARCH_CHECK_REQUESTED = "product_search.check_requested"
/**
 * The storefront's cached pages with these tags show something that changed, and whatever they
 * read (the search index included) now holds the change: `{ tags }`.
 */
export const STOREFRONT_PAGES_STALE_EVENT = "ocop.storefront_pages_stale"
/** A counter sale changed in a way its producers' ledger follows (its transfer arrived, packs came back): `{ order_id }`. */
export const POS_SALE_CHANGED_EVENT = "ocop.pos_sale_changed"
