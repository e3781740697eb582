/**
 * A certificate as its producer sees it (pending the programme office's check, valid, expiring
 * soon, expired) and which certificates the daily job warns their producer about: one warning
 * each, 60 days before the valid-until day, unless a newer verified certificate of the same
 * product already carries the mark past it.
 */
import { isoDay, todayInVietnam } from "./vietnam-date"

/** How many days before its valid-until day a producer is warned that a certificate expires. */
export const EXPIRY_WARNING_DAYS = 60

export const PRODUCER_CERTIFICATE_STATES = ["pending", "valid", "expiring_soon", "expired"] as const
export type ProducerCertificateState = (typeof PRODUCER_CERTIFICATE_STATES)[number]

type Dated = { verified: boolean; valid_until: Date | string }

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole calendar days from `today` to `day` (both "YYYY-MM-DD" or stored dates): 0 on the day itself, negative after it. */
export function daysBetween(today: Date | string, day: Date | string): number {
  return Math.round((Date.parse(isoDay(day)) - Date.parse(isoDay(today))) / DAY_MS)
}

/**
 * Pending until the programme office verifies it; then valid, expiring soon within the last
 * 60 days (the valid-until day included), and expired the day after its valid-until day.
 * `days_left` counts to the valid-until day (negative once past).
 */
export function producerCertificateState(certificate: Dated, today = todayInVietnam()): { state: ProducerCertificateState; days_left: number } {
  const daysLeft = daysBetween(today, certificate.valid_until)
  if (!certificate.verified) return { state: "pending", days_left: daysLeft }
  if (daysLeft < 0) return { state: "expired", days_left: daysLeft }
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { state: "expiring_soon", days_left: daysLeft }
  return { state: "valid", days_left: daysLeft }
}

export type WarnableCertificate = Dated & {
  id: string
  /** The product the certificate is of: a newer verified one of the same product makes a warning moot. */
  product_id: string | null
  expiry_warned_at: Date | string | null
}

/**
 * The verified certificates expiring within 60 days (not yet expired) that their product has not
 * renewed already with a verified certificate valid past the warning window: what the portal
 * warns of, and the job emails about once.
 */
export function expiringUnrenewed<C extends Omit<WarnableCertificate, "expiry_warned_at">>(certificates: readonly C[], today = todayInVietnam()): C[] {
  const renewedProducts = new Set(
    certificates
      .filter((c) => c.verified && c.product_id && daysBetween(today, c.valid_until) > EXPIRY_WARNING_DAYS)
      .map((c) => c.product_id),
  )
  return certificates.filter((c) => producerCertificateState(c, today).state === "expiring_soon" && !(c.product_id && renewedProducts.has(c.product_id)))
}

/** The certificates whose producer is to be warned today: expiring and not renewed, and not warned before. */
export function certificatesToWarn<C extends WarnableCertificate>(certificates: readonly C[], today = todayInVietnam()): C[] {
  return expiringUnrenewed(certificates, today).filter((c) => !c.expiry_warned_at)
}
