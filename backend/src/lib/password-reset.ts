/**
 * A buyer who forgot their password asks for a link (`POST /store/password-resets`), answered
 * alike whatever the email, and sets a new password with it (`POST /store/password-resets/confirm`).
 * The link's token is Medusa's own, made by its generateResetPasswordTokenWorkflow: a JWT signed
 * with the backend's JWT secret, good for 15 minutes and once, and replaced by any newer link for
 * the same email (the auth module keeps one live token per login). Its `auth.password_reset` event
 * is what emails the link (subscribers/send-password-reset-link.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { generateResetPasswordTokenWorkflow } from "@medusajs/medusa/core-flows"
import type { AccountLocale } from "@ocop/domain/storefront-links"
import { ERROR_CODES } from "@ocop/domain/errors"
import jwt from "jsonwebtoken"
import { EMAILPASS } from "./registration"

/** How long a reset link works: Medusa's workflow fixes it. */
export const RESET_LINK_MINUTES = 15

/** What every request for a link is answered, whatever the email: 202 and this. */
export type PasswordResetAnswer = { password_reset: { email: string; status: "check_inbox" } }

/** What the event's metadata carries from the request to the email. */
export type PasswordResetMetadata = { locale: AccountLocale }

const LINK_EXPIRED_MESSAGE = `This link has expired (a link works for ${RESET_LINK_MINUTES} minutes): ask for a new one.`
const LINK_INVALID_MESSAGE =
  "This link was used already, replaced by a newer one, or cut short: open the latest link we sent, or ask for a new one."

export function resetLinkInvalid(): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, LINK_INVALID_MESSAGE, ERROR_CODES.passwordResetLinkInvalid)
}

/**
 * Makes the link through Medusa's workflow, which fails quietly for an email without a login, so
 * the answer is the same 202 either way; the inbox alone learns whether there was an account.
 */
export async function requestPasswordReset(container: MedusaContainer, email: string, locale: AccountLocale): Promise<PasswordResetAnswer> {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const metadata: PasswordResetMetadata = { locale }
  await generateResetPasswordTokenWorkflow(container).run({
    input: { entityId: email, actorType: "customer", provider: EMAILPASS, secret: http.jwtSecret!, jwtOptions: http.jwtOptions, metadata },
    throwOnError: false,
  })
  return { password_reset: { email, status: "check_inbox" } }
}

export type ResetClaims = { email: string; jti: string }

/**
 * The login a reset link names, once its signature, purpose and time are checked; the token row
 * that makes it single use is checked when it is consumed (workflows/reset-password.ts).
 */
export function resetClaims(container: MedusaContainer, token: string): ResetClaims {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  let claims: jwt.JwtPayload | string
  try {
    claims = jwt.verify(token, http.jwtPublicKey ?? http.jwtSecret!, // As Medusa's own check of its tokens: the verify options, else those it signed with.
    (http.jwtVerifyOptions ?? http.jwtOptions ?? {}) as jwt.VerifyOptions)
  } catch (failure) {
    if (failure instanceof jwt.TokenExpiredError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, LINK_EXPIRED_MESSAGE, ERROR_CODES.passwordResetLinkExpired)
    }
    throw resetLinkInvalid()
  }
  if (typeof claims === "string" || claims.purpose !== "reset" || claims.actor_type !== "customer" || claims.provider !== EMAILPASS) {
    throw resetLinkInvalid()
  }
  if (typeof claims.entity_id !== "string" || typeof claims.jti !== "string") throw resetLinkInvalid()
  return { email: claims.entity_id, jti: claims.jti }
}
