/**
 * How the shop takes money, read once from the environment: the cash-on-delivery ceiling, the bank
 * account VietQR transfers go to, how long a transfer may take, and the bank-notification secrets.
 * The payment providers, the checkout's payment choices, the webhook routes and the unpaid-order job
 * all read these, so a setting means the same thing everywhere.
 */
import { encodeVietQr } from "@ocop/domain/vietqr"

export const DEFAULT_COD_CEILING_VND = 5_000_000
export const DEFAULT_TRANSFER_WINDOW_HOURS = 24

/**
 * A sample account for development and tests only: BIN 970436 is Vietcombank's, the number is
 * made up. Production sets VIETQR_BANK_BIN and VIETQR_ACCOUNT_NUMBER (see the README).
 */
const SAMPLE_ACCOUNT = {
  bin: "970436",
  bankName: "Vietcombank",
  accountNumber: "1023456789",
  accountName: "CONG TY OCOP MARKET",
}

export type BankAccount = { bin: string; bankName: string; accountNumber: string; accountName: string }

export type PaymentSettings = {
  /** Above this cart total (whole đồng) cash on delivery is not offered. */
  codCeilingVnd: number
  /** The account VietQR transfers go to, or null where none is configured (VietQR is then not offered). */
  bankAccount: BankAccount | null
  /** An order not paid by transfer within this many hours is cancelled. */
  transferWindowHours: number
  /** The secrets bank notifications are signed with, by service. */
  notificationSecrets: { sepay?: string; payos?: string }
}

function wholeNumber(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === "") return fallback
  const value = Number(raw.replaceAll(".", "").replaceAll("_", ""))
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number (of đồng or hours), not "${raw}".`)
  }
  return value
}

function bankAccount(): BankAccount | null {
  const bin = process.env.VIETQR_BANK_BIN?.trim()
  const accountNumber = process.env.VIETQR_ACCOUNT_NUMBER?.trim()
  if (!bin && !accountNumber) return process.env.NODE_ENV === "production" ? null : SAMPLE_ACCOUNT
  if (!bin || !accountNumber) {
    throw new Error("Set both VIETQR_BANK_BIN and VIETQR_ACCOUNT_NUMBER for VietQR transfers, or neither.")
  }
  const account = {
    bin,
    accountNumber,
    bankName: process.env.VIETQR_BANK_NAME?.trim() || bin,
    accountName: (process.env.VIETQR_ACCOUNT_NAME?.trim() || "").normalize("NFC"),
  }
  // Refuses a BIN or account number no bank app would read, at start-up rather than at checkout.
  encodeVietQr({ bin: account.bin, accountNumber: account.accountNumber, amount: 1, purpose: "OCOP" })
  return account
}

/**
 * Known secrets, so the local stack and the journeys can send signed notifications without any
 * setup. Production has none: without SEPAY_WEBHOOK_SECRET / PAYOS_CHECKSUM_KEY that service's
 * notifications are refused.
 */
export const DEVELOPMENT_NOTIFICATION_SECRETS = { sepay: "ocop-development-sepay", payos: "ocop-development-payos" } as const

const developmentOnly = (secret: string) => (process.env.NODE_ENV === "production" ? undefined : secret)

let settings: PaymentSettings | undefined

export function paymentSettings(): PaymentSettings {
  settings ??= {
    codCeilingVnd: wholeNumber("COD_CEILING_VND", DEFAULT_COD_CEILING_VND),
    bankAccount: bankAccount(),
    transferWindowHours: wholeNumber("BANK_TRANSFER_WINDOW_HOURS", DEFAULT_TRANSFER_WINDOW_HOURS),
    notificationSecrets: {
      sepay: process.env.SEPAY_WEBHOOK_SECRET || developmentOnly(DEVELOPMENT_NOTIFICATION_SECRETS.sepay),
      payos: process.env.PAYOS_CHECKSUM_KEY || developmentOnly(DEVELOPMENT_NOTIFICATION_SECRETS.payos),
    },
  }
  return settings
}

/** For tests that change the environment between cases. */
export function forgetPaymentSettings() {
  settings = undefined
}
