/**
 * The bank-notification services a VietQR payment can be confirmed by, one adapter each behind one
 * interface: the webhook route picks the adapter by the service in its path and answers with the
 * refusal's httpStatus.
 */
import type { BankNotificationAdapter, BankNotificationService } from "./bank-notification"
import { payos } from "./payos"
import { sepay } from "./sepay"

export * from "./bank-notification"
export { payos, payosSignedString } from "./payos"
export { SEPAY_MAX_CLOCK_SKEW_MS, SEPAY_SIGNATURE_HEADER, SEPAY_TIMESTAMP_HEADER, sepay } from "./sepay"

export const bankNotificationAdapters: Record<BankNotificationService, BankNotificationAdapter> = { sepay, payos }

export function isBankNotificationService(name: string): name is BankNotificationService {
  return Object.hasOwn(bankNotificationAdapters, name)
}
