import type { AuthIdentityDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { alreadyConfirmed, emailOfLogin, linkInvalid } from "../../lib/registration"

/**
 * The email of the login a confirmation link names, while that login has no customer yet. A login
 * that is gone is a link to register again (400), one with its customer a link used already (409).
 * It only reads, so there is nothing to undo.
 */
export const findUnconfirmedLoginStep = createStep("find-unconfirmed-login", async (authIdentityId: string, { container }) => {
  let login: AuthIdentityDTO
  try {
    login = await container.resolve(Modules.AUTH).retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND) throw linkInvalid()
    throw error
  }
  if (login.app_metadata?.customer_id) throw alreadyConfirmed()
  const email = emailOfLogin(login)
  if (!email) throw linkInvalid()
  return new StepResponse({ email })
})
