/**
 * What a bank-notification service (SePay, payOS) tells us about money arriving in the shop's
 * account, once its signature is verified: the one shape every adapter returns, and the one error
 * every adapter throws, which says what the webhook route answers.
 */

export type BankNotificationService = "sepay" | "payos"

/** Request headers as Node gives them (names lowercased; a repeated header as an array). */
export type RequestHeaders = Record<string, string | string[] | undefined>

/** An incoming transfer, verified. */
export type BankNotification = {
  service: BankNotificationService
  /** The service's id of the bank transaction: a notification sent again carries the same one, so it is captured once. */
  transactionId: string
  /** Whole đồng received. */
  amount: number
  /** The transfer description as the bank passed it on, where the buyer's order reference is looked for. */
  description: string
  /** The shop's account that received the money, when the service says. */
  accountNumber?: string
  /** The bank's own reference of the transfer (e.g. "FT24123…"), for the operator to quote to the bank. */
  bankReference?: string
  /** When the bank credited the account. */
  receivedAt: Date
}

export type BankNotificationAdapter = {
  service: BankNotificationService
  /**
   * Verifies `rawBody`, the request body exactly as received (not re-serialised JSON, which would no
   * longer match its signature), with the service's secret, then reads it. Throws a
   * BankNotificationError; `now` is for tests.
   */
  verifyAndParse(rawBody: Buffer | string, headers: RequestHeaders, secret: string, now?: Date): BankNotification
}

/**
 * Why a notification was not taken:
 * - `missing_signature`, `invalid_signature`, `stale_timestamp`: it cannot be shown to come from the
 *   service (or it is an old one replayed), so it is answered 401 and changes nothing;
 * - `malformed`: it is signed but not a notification we can read, answered 400;
 * - `not_incoming`: a genuine notification of something other than money in (an outgoing transfer, a
 *   failed payment). It is acknowledged with 200 so that the service stops retrying it, and nothing
 *   is recorded.
 */
export type BankNotificationRefusal = "missing_signature" | "invalid_signature" | "stale_timestamp" | "malformed" | "not_incoming"

const HTTP_STATUS: Record<BankNotificationRefusal, 200 | 400 | 401> = {
  missing_signature: 401,
  invalid_signature: 401,
  stale_timestamp: 401,
  malformed: 400,
  not_incoming: 200,
}

export class BankNotificationError extends Error {
  readonly service: BankNotificationService
  readonly reason: BankNotificationRefusal
  /** What the webhook route answers the service. */
  readonly httpStatus: 200 | 400 | 401

  constructor(service: BankNotificationService, reason: BankNotificationRefusal, message: string) {
    super(message)
    this.name = "BankNotificationError"
    this.service = service
    this.reason = reason
    this.httpStatus = HTTP_STATUS[reason]
  }
}
