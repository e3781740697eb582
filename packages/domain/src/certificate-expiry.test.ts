import { test } from "node:test"
import assert from "node:assert/strict"
import { certificatesToWarn, daysBetween, EXPIRY_WARNING_DAYS, expiringUnrenewed, producerCertificateState } from "./certificate-expiry"

const TODAY = "2026-12-03"
const cert = (id: string, valid_until: string, extra: Partial<{ verified: boolean; product_id: string | null; expiry_warned_at: string | null }> = {}) => ({
  id,
  valid_until,
  verified: true,
  product_id: `prod_${id}`,
  expiry_warned_at: null,
  ...extra,
})

test("counts calendar days to the valid-until day, whatever the stored time", () => {
  assert.equal(daysBetween(TODAY, "2026-12-03"), 0)
  assert.equal(daysBetween(TODAY, "2027-01-02T00:00:00.000Z"), 30)
  assert.equal(daysBetween(TODAY, "2026-12-02"), -1)
  assert.equal(daysBetween("2027-02-27", "2027-03-01"), 2)
})

test("a certificate is pending until verified, whatever its dates", () => {
  assert.deepEqual(producerCertificateState(cert("a", "2029-01-01", { verified: false }), TODAY), { state: "pending", days_left: daysBetween(TODAY, "2029-01-01") })
  assert.equal(producerCertificateState(cert("a", "2026-01-01", { verified: false }), TODAY).state, "pending")
})

test("verified: valid, expiring soon within the last 60 days (both ends included), expired the day after", () => {
  assert.equal(producerCertificateState(cert("a", "2027-02-02"), TODAY).state, "valid") // 61 days
  assert.deepEqual(producerCertificateState(cert("a", "2027-02-01"), TODAY), { state: "expiring_soon", days_left: EXPIRY_WARNING_DAYS })
  assert.deepEqual(producerCertificateState(cert("a", TODAY), TODAY), { state: "expiring_soon", days_left: 0 })
  assert.deepEqual(producerCertificateState(cert("a", "2026-12-02"), TODAY), { state: "expired", days_left: -1 })
})

test("warns of verified certificates expiring within 60 days, once, never of expired or pending ones", () => {
  const in30 = cert("in30", "2027-01-02")
  const in90 = cert("in90", "2027-03-03")
  const warned = cert("warned", "2027-01-02", { expiry_warned_at: "2026-12-01T17:00:00.000Z" })
  const expired = cert("expired", "2026-11-30")
  const pending = cert("pending", "2027-01-02", { verified: false })
  assert.deepEqual(certificatesToWarn([in30, in90, warned, expired, pending], TODAY).map((c) => c.id), ["in30"])
})

test("does not warn of a certificate its product has renewed with a verified one, but does when the renewal is pending", () => {
  const old = cert("old", "2027-01-02", { product_id: "prod_1" })
  const renewal = cert("new", "2029-11-01", { product_id: "prod_1" })
  assert.deepEqual(certificatesToWarn([old, renewal], TODAY), [])
  assert.deepEqual(certificatesToWarn([old, { ...renewal, verified: false }], TODAY).map((c) => c.id), ["old"])
})

test("the portal warns of an expiring certificate whether or not its email went out, unless renewed", () => {
  const warned = cert("warned", "2027-01-02", { expiry_warned_at: "2026-12-01T17:00:00.000Z" })
  const renewedOld = cert("old", "2027-01-02", { product_id: "prod_1" })
  const renewal = cert("new", "2029-11-01", { product_id: "prod_1" })
  assert.deepEqual(expiringUnrenewed([warned, renewedOld, renewal, cert("in90", "2027-03-03")], TODAY).map((c) => c.id), ["warned"])
})
