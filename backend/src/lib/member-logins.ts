/**
 * The email-and-password logins of producer members, made through Medusa's auth module and the
 * project's `emailpass` provider (modules/emailpass), so a login made here is one a member signs in
 * with at `/auth/producer_member/emailpass`, and a taken email is refused as that provider refuses it.
 */
import type { AuthenticationInput, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { type AccountProblem, MIN_PASSWORD_LENGTH, passwordProblem } from "@ocop/domain/account"
import { TEXT_LIMITS } from "@ocop/domain/input-limits"
import { EMAILPASS, REGISTRATION_REFUSED_MESSAGE } from "./registration"

const PASSWORD_SENTENCES: Partial<Record<AccountProblem, string>> = {
  required: "Choose a password to sign in with.",
  password_short: `A password has at least ${MIN_PASSWORD_LENGTH} characters: choose a longer one.`,
  too_long: `A password has at most ${TEXT_LIMITS.password} characters: choose a shorter one.`,
  password_guessable: "This password is too easy to guess (it is the email, or one character over and over): choose another.",
}

/** The sentence for a password @ocop/domain/account refuses, or undefined for a good one. */
export function passwordRefusal(password: string, email: string): string | undefined {
  const problem = passwordProblem(password, email)
  return problem && PASSWORD_SENTENCES[problem]
}

/** The login of an email, if it has one. */
export async function loginOfEmail(container: MedusaContainer, email: string): Promise<string | undefined> {
  const [login] = await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: EMAILPASS })
  return login?.auth_identity_id
}

/** The email a login signs in with. */
export async function emailOfLogin(container: MedusaContainer, authIdentityId: string): Promise<string> {
  const [login] = await container.resolve(Modules.AUTH).listProviderIdentities({ auth_identity_id: authIdentityId, provider: EMAILPASS })
  if (!login) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Producer members sign in with an email and a password: sign in that way, then try again.")
  }
  return login.entity_id
}

/**
 * A new login for the email, or null when the email already has one (the provider refuses it after
 * the same password hashing as a new one, and the answer must not say which it was).
 */
export async function registerLogin(container: MedusaContainer, email: string, password: string): Promise<string | null> {
  const { success, authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register(EMAILPASS, { body: { email, password } } as AuthenticationInput)
  if (success && authIdentity) return authIdentity.id
  if (error === REGISTRATION_REFUSED_MESSAGE) return null
  throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "The login could not be made: check the email and the password.")
}

export async function deleteLogin(container: MedusaContainer, authIdentityId: string): Promise<void> {
  await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
}
