/**
 * A customer registers in two steps, so that no answer, status or timing tells whether an email
 * has an account: `POST /store/registrations` makes the login and emails a link to confirm the
 * address (or, for an email that has a login, tells its owner), and always answers "check your
 * inbox"; `POST /store/registrations/confirm` with the link's token makes the customer and signs
 * them in. Only the inbox learns which of the two it was.
 */
import type { AuthIdentityDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenForAuthIdentity } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import type { AccountLocale } from "@ocop/domain/storefront-links"
import { ERROR_CODES } from "@ocop/domain/errors"
import { announceRefusedRegistration } from "./auth-attempts"
import { checkRegistrationToken, type RegistrationClaims } from "./registration-token"
import { REGISTRATION_STARTED_EVENT } from "../events"

/** The project's emailpass provider, registered as `emailpass` (medusa-config.ts). */
export const EMAILPASS = "emailpass"

export type RegistrationStarted = {
  auth_identity_id: string
  email: string
  first_name: string
  last_name: string
  phone: string
  locale: AccountLocale
}

export type Registration = Omit<RegistrationStarted, "auth_identity_id"> & { password: string }

/** What every registration is answered, whatever the email: 202 and this. */
export type RegistrationAnswer = { registration: { email: string; status: "check_inbox" } }

/** The provider's refusal of a registration with an email that has a login; it does not say so. */
export const REGISTRATION_REFUSED_MESSAGE =
  "An account could not be made with this email. If you already have an account, sign in, or reset your password."

export const EMAIL_NOT_CONFIRMED_MESSAGE =
  "This email is not confirmed yet: open the link in the email we sent when you registered. If it has expired, register again with the same email and password to get a new one."

export const CUSTOMER_REGISTRATION_MOVED_MESSAGE =
  "Customers register with POST /store/registrations, which emails a link that confirms the address; this route is closed."

const LINK_INVALID_MESSAGE =
  "This link is not one we sent, or it was cut short: open the whole link from the email, or register again to get a new one."
const LINK_EXPIRED_MESSAGE = "This link has expired: register again to get a new one."
const ALREADY_CONFIRMED_MESSAGE = "This email is confirmed already: sign in with it."

export function linkInvalid(): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, LINK_INVALID_MESSAGE, ERROR_CODES.emailLinkInvalid)
}

export function alreadyConfirmed(): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, ALREADY_CONFIRMED_MESSAGE, ERROR_CODES.emailAlreadyConfirmed)
}

/**
 * Makes the login, or finds the unconfirmed one the same email and password made before, through
 * the emailpass provider (which costs one password hashing whatever the email), then announces
 * what the inbox is to be told. The password goes to the auth module only, never to an event or a
 * workflow's stored input. Announced, not sent here, so the answer waits for neither email.
 */
export async function startRegistration(container: MedusaContainer, registration: Registration): Promise<RegistrationAnswer> {
  const { email, password, ...customer } = registration
  const auth = container.resolve(Modules.AUTH)
  let outcome: Awaited<ReturnType<typeof auth.register>>
  try {
    outcome = await auth.register(EMAILPASS, { body: { email, password } } as Parameters<typeof auth.register>[1])
  } catch (failure) {
    if (isDuplicate(failure)) return { registration: { email, status: "check_inbox" } }
    throw failure
  }
  const { success, authIdentity, error } = outcome
  // Two registrations of one new email at the same moment: the database keeps one login, the
  // registration that made it sends the link, and this one is answered as every other.
  if (!success && isDuplicate(error)) return { registration: { email, status: "check_inbox" } }
  if (success && authIdentity) {
    const started: RegistrationStarted = { auth_identity_id: authIdentity.id, email, ...customer }
    try {
      await container.resolve(Modules.EVENT_BUS).emit({ name: REGISTRATION_STARTED_EVENT, data: started })
    } catch (failure) {
      // Answered as every registration is: registering again with the same password sends the link.
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`The confirmation link for a registration could not be announced: ${(failure as Error).message}`)
    }
  } else if (error === REGISTRATION_REFUSED_MESSAGE) {
    // The email has a login: a customer's, an operator's, or one awaiting confirmation with another
    // password, which stays as it is.
    await announceRefusedRegistration(container, { email, actor_type: "customer" })
  } else {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The login could not be made (${error ?? "no reason given"}): try again in a few minutes.`)
  }
  return { registration: { email, status: "check_inbox" } }
}

/**
 * Medusa's answer to a unique key taken meanwhile: its DAL maps Postgres's 23505 to DUPLICATE_ERROR,
 * which the auth module hands back as the provider's error, "Provider identity with entity_id: …
 * already exists."
 */
function isDuplicate(failure: unknown): boolean {
  if (typeof failure === "string") return /^Provider identity with .* already exists\.?$/.test(failure)
  if (MedusaError.isMedusaError(failure) && (failure as MedusaError).type === MedusaError.Types.DUPLICATE_ERROR) return true
  return (failure as { code?: unknown } | null)?.code === "23505"
}

/** The claims of a confirmation link's token, or the 400 that tells the buyer to register again. */
export function confirmationClaims(cookieSecret: string, token: unknown): RegistrationClaims {
  const check = checkRegistrationToken(cookieSecret, token)
  if (check.valid) return check.claims
  if (check.reason === "expired") throw new MedusaError(MedusaError.Types.INVALID_DATA, LINK_EXPIRED_MESSAGE, ERROR_CODES.emailLinkExpired)
  throw linkInvalid()
}

/** The email of a login, as its emailpass identity holds it. */
export function emailOfLogin(login: AuthIdentityDTO): string | undefined {
  return login.provider_identities?.find((identity) => identity.provider === EMAILPASS)?.entity_id
}

/**
 * The session a sign-in gives a customer (`POST /auth/customer/emailpass`), for a login that has
 * its customer now: Medusa's own token helper, as its `/auth/token/refresh` uses it, with the
 * configured secret and expiry, so `/store/customers/me` and the storefront take it as any other.
 */
export async function customerSessionToken(container: MedusaContainer, authIdentityId: string): Promise<string> {
  const authIdentity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return generateJwtTokenForAuthIdentity(
    { authIdentity, actorType: "customer", authProvider: EMAILPASS, container },
    { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, options: http.jwtOptions },
  )
}
