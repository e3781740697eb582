/**
 * The token in the link of a confirmation email: it names the login a registration made and
 * carries the name and phone the customer is created with once the email is confirmed, so nothing
 * waits in the database for a registration nobody confirms. It is the claims, then an
 * HMAC-SHA256 of them under the backend's COOKIE_SECRET, so every backend process checks it alike;
 * it expires after REGISTRATION_TOKEN_HOURS. Signed, not encrypted: it holds only what its own
 * recipient typed.
 */
import { createHmac, timingSafeEqual } from "node:crypto"

/** How long a confirmation link works. */
export const REGISTRATION_TOKEN_HOURS = 24

/** Keeps these signatures apart from all else signed with the cookie secret (order access tokens, Medusa's session cookie). */
const TOKEN_PURPOSE = "registration-confirmation:"

export type RegistrationClaims = {
  auth_identity_id: string
  first_name: string
  last_name: string
  phone: string
  /** Seconds since the epoch, as a JWT's `exp`. */
  exp: number
}

export type RegistrationTokenCheck =
  | { valid: true; claims: RegistrationClaims }
  /** "invalid": not signed by us, cut short or not a token at all; "expired": ours, past its time. */
  | { valid: false; reason: "invalid" | "expired" }

function signatureOf(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`${TOKEN_PURPOSE}${payload}`).digest()
}

export function signRegistrationToken(
  secret: string,
  registration: Omit<RegistrationClaims, "exp">,
  now: Date = new Date(),
): string {
  const claims: RegistrationClaims = { ...registration, exp: Math.floor(now.getTime() / 1000) + REGISTRATION_TOKEN_HOURS * 3600 }
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url")
  return `${payload}.${signatureOf(secret, payload).toString("base64url")}`
}

function isClaims(value: unknown): value is RegistrationClaims {
  const claims = value as Partial<Record<keyof RegistrationClaims, unknown>> | null
  return (
    typeof claims === "object" &&
    claims !== null &&
    typeof claims.auth_identity_id === "string" &&
    claims.auth_identity_id !== "" &&
    typeof claims.first_name === "string" &&
    typeof claims.last_name === "string" &&
    typeof claims.phone === "string" &&
    typeof claims.exp === "number"
  )
}

/** The signature is compared in constant time and checked before anything of the claims is read. */
export function checkRegistrationToken(secret: string, token: unknown, now: Date = new Date()): RegistrationTokenCheck {
  if (typeof token !== "string") return { valid: false, reason: "invalid" }
  const [payload, signature, ...rest] = token.split(".")
  if (!payload || !signature || rest.length > 0) return { valid: false, reason: "invalid" }
  const expected = signatureOf(secret, payload)
  const given = Buffer.from(signature, "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: "invalid" }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  } catch {
    return { valid: false, reason: "invalid" }
  }
  if (!isClaims(claims)) return { valid: false, reason: "invalid" }
  if (claims.exp * 1000 <= now.getTime()) return { valid: false, reason: "expired" }
  return { valid: true, claims }
}
