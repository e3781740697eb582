import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLogin, loginOfEmail, passwordRefusal, registerLogin } from "../../lib/member-logins"

/**
 * Registration's login: a new one for the email, or `null` when the email already has a login,
 * which the registration must not reveal (its workflow answers alike and tells the email's owner).
 */
export const registerMemberLoginStep = createStep(
  "register-member-login",
  async (input: { email: string; password: string }, { container }) => {
    const authIdentityId = await registerLogin(container, input.email, input.password)
    return new StepResponse(authIdentityId, authIdentityId)
  },
  async (authIdentityId, { container }) => {
    if (authIdentityId) await deleteLogin(container, authIdentityId)
  },
)

/**
 * An invitation's login. The invitation reached this email, so whoever holds its token reads that
 * inbox: an email that already has a login (a buyer, a member of another producer) keeps it and
 * needs no password here; a new one gets a login with the password chosen now.
 */
export const memberLoginForInviteStep = createStep(
  "member-login-for-invite",
  async (input: { email: string; password?: string | null }, { container }) => {
    const existing = await loginOfEmail(container, input.email)
    if (existing) return new StepResponse<string, string | null>(existing, null)
    const refusal = passwordRefusal(input.password ?? "", input.email)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    const authIdentityId = await registerLogin(container, input.email, input.password!)
    // Made between the lookup and now by someone else: that login is theirs to sign in with.
    if (!authIdentityId) return new StepResponse<string, string | null>((await loginOfEmail(container, input.email))!, null)
    return new StepResponse<string, string | null>(authIdentityId, authIdentityId)
  },
  async (authIdentityId, { container }) => {
    if (authIdentityId) await deleteLogin(container, authIdentityId)
  },
)
