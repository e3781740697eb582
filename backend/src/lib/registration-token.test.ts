import { createHmac } from "node:crypto"
import { orderAccessToken } from "./order-access"
import { checkRegistrationToken, REGISTRATION_TOKEN_HOURS, signRegistrationToken } from "./registration-token"

const SECRET = "a-cookie-secret-of-the-backend-32+"
const REGISTRATION = { auth_identity_id: "authid_01JZ8X4N6Q2W3E4R5T6Y7V8H9K", first_name: "Mai", last_name: "Trần Thị", phone: "0912345678" }
const ISSUED = new Date("2025-07-01T08:00:00Z")
const HOUR = 3600_000

describe("the token of a confirmation link", () => {
  it("gives back what was signed, until its 24 hours are over", () => {
    const token = signRegistrationToken(SECRET, REGISTRATION, ISSUED)
    const claims = { ...REGISTRATION, exp: ISSUED.getTime() / 1000 + REGISTRATION_TOKEN_HOURS * 3600 }
    expect(checkRegistrationToken(SECRET, token, new Date(ISSUED.getTime() + 23 * HOUR))).toEqual({ valid: true, claims })
    expect(checkRegistrationToken(SECRET, token, new Date(ISSUED.getTime() + 24 * HOUR))).toEqual({ valid: false, reason: "expired" })
  })

  it("is refused as not ours when any part of it is changed, cut short or signed with another secret", () => {
    const token = signRegistrationToken(SECRET, REGISTRATION, ISSUED)
    const [payload, signature] = token.split(".") as [string, string]
    const someoneElse = Buffer.from(JSON.stringify({ ...REGISTRATION, auth_identity_id: "authid_someone_else", exp: 2_000_000_000 })).toString("base64url")
    const invalid = { valid: false, reason: "invalid" }
    expect(checkRegistrationToken(SECRET, `${someoneElse}.${signature}`, ISSUED)).toEqual(invalid)
    expect(checkRegistrationToken(SECRET, `${payload}.${signature.slice(0, -2)}`, ISSUED)).toEqual(invalid)
    expect(checkRegistrationToken(SECRET, payload, ISSUED)).toEqual(invalid)
    expect(checkRegistrationToken(SECRET, `${token}.more`, ISSUED)).toEqual(invalid)
    expect(checkRegistrationToken("another-secret-of-32-characters!!", token, ISSUED)).toEqual(invalid)
    for (const notAToken of ["", "…", 42, null, undefined, { token }]) expect(checkRegistrationToken(SECRET, notAToken, ISSUED)).toEqual(invalid)
  })

  it("is refused when it is signed but not a registration's, so another use of the secret cannot pass for one", () => {
    const sign = (claims: unknown) => {
      const payload = Buffer.from(JSON.stringify(claims)).toString("base64url")
      return `${payload}.${createHmac("sha256", SECRET).update(`registration-confirmation:${payload}`).digest("base64url")}`
    }
    expect(checkRegistrationToken(SECRET, sign({ ...REGISTRATION, auth_identity_id: "", exp: 2_000_000_000 }), ISSUED)).toEqual({ valid: false, reason: "invalid" })
    expect(checkRegistrationToken(SECRET, sign({ auth_identity_id: "authid_1", exp: 2_000_000_000 }), ISSUED)).toEqual({ valid: false, reason: "invalid" })
    expect(checkRegistrationToken(SECRET, sign([1, 2]), ISSUED)).toEqual({ valid: false, reason: "invalid" })
    // An order access token is an HMAC under the same secret with a purpose of its own.
    const orderToken = orderAccessToken(SECRET, "order_01JZ")
    expect(checkRegistrationToken(SECRET, `${Buffer.from("order_01JZ").toString("base64url")}.${orderToken}`, ISSUED)).toEqual({ valid: false, reason: "invalid" })
  })
})
