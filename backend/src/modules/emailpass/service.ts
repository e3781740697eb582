/**
 * Medusa's email-and-password provider (registered as `emailpass`, so its routes stay
 * `/auth/:actor_type/emailpass`), changed so that neither an answer nor its timing tells whether
 * an email has a login:
 * - a sign-in with an unknown email costs the same password hashing as a wrong password, with
 *   the same KDF and settings (scrypt, `hashConfig`), and gets Medusa's same refusal;
 * - a registration with an email that already has a login costs what making one does and is
 *   refused with a sentence that does not say the email is taken.
 * A customer's login is made by `POST /store/registrations` before its email is confirmed; signing
 * in as a customer with it and the right password (and only then) is refused with
 * EMAIL_NOT_CONFIRMED_MESSAGE, where Medusa would hand out a token that can make the customer
 * (`POST /store/customers`) without the email ever being confirmed.
 */
import { EmailPassAuthService as MedusaEmailPassAuthService } from "@medusajs/auth-emailpass/dist/services/emailpass"
import type { AuthenticationInput, AuthenticationResponse, AuthIdentityDTO, AuthIdentityProviderService } from "@medusajs/framework/types"
import { isPresent, MedusaError } from "@medusajs/framework/utils"
import { EMAIL_NOT_CONFIRMED_MESSAGE, REGISTRATION_REFUSED_MESSAGE } from "../../lib/registration"

/** What the provider's lookup of the email found: the login, or that there is none. */
type Lookup = { identity?: AuthIdentityDTO; missing: boolean }

/** The identities service Medusa hands the provider, noting what its lookup finds. */
function watching(identities: AuthIdentityProviderService, lookup: Lookup): AuthIdentityProviderService {
  return {
    ...identities,
    retrieve: async (selector) => {
      try {
        lookup.identity = await identities.retrieve(selector)
        return lookup.identity
      } catch (error) {
        if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND) lookup.missing = true
        throw error
      }
    },
  }
}

function passwordOf(input: AuthenticationInput): string {
  return String((input.body as { password?: unknown } | undefined)?.password ?? "")
}

/** Medusa's `/auth/:actor_type/:auth_provider` route passes the actor type with the request's data, though its type does not say so. */
function actorTypeOf(input: AuthenticationInput): unknown {
  return (input as AuthenticationInput & { actor_type?: unknown }).actor_type
}

/** A customer's login whose customer does not exist yet: its email was never confirmed. */
function isUnconfirmedCustomer(input: AuthenticationInput, identity: AuthIdentityDTO | undefined): boolean {
  return actorTypeOf(input) === "customer" && !identity?.app_metadata?.customer_id
}

export default class EmailPassAuthService extends MedusaEmailPassAuthService {
  override async authenticate(input: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const lookup: Lookup = { missing: false }
    const result = await super.authenticate(input, watching(identities, lookup))
    // The lookup is reached only with a string email and password; a wrong password would now be checked.
    if (lookup.missing) await this.hashPassword(passwordOf(input))
    if (result.success && isUnconfirmedCustomer(input, result.authIdentity)) return { success: false, error: EMAIL_NOT_CONFIRMED_MESSAGE }
    return result
  }

  override async register(input: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const lookup: Lookup = { missing: false }
    const result = await super.register(input, watching(identities, lookup))
    if (result.success || !lookup.identity) return result
    // Medusa checks the password only against a login no actor was made for (to finish that
    // registration); one with an account it refuses at once, where a new email is hashed.
    if (isPresent(lookup.identity.app_metadata)) await this.hashPassword(passwordOf(input))
    return { success: false, error: REGISTRATION_REFUSED_MESSAGE }
  }
}
