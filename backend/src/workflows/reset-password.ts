import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resetLinkInvalid } from "../lib/password-reset"
import { EMAILPASS } from "../lib/registration"

export type ResetPasswordWorkflowInput = {
  /** The login's email, as the link's verified token names it. */
  email: string
  /** The token's id: its row in the auth module is what makes the link single use. */
  jti: string
  password: string
}

/**
 * Spends the link: the auth module deletes its token row, so a second use, or an older link once a
 * newer one was sent, is refused. Nothing to undo: a spent link is never made good again, and a
 * buyer whose new password could not be stored asks for another link.
 */
const consumeResetLinkStep = createStep("consume-password-reset-link", async (input: { email: string; jti: string }, { container }) => {
  try {
    const consumed = await container.resolve(Modules.AUTH).consumePasswordResetToken({ jti: input.jti, provider: EMAILPASS, entity_id: input.email })
    return new StepResponse({ auth_identity_id: consumed.auth_identity_id })
  } catch (failure) {
    if (MedusaError.isMedusaError(failure) && (failure as MedusaError).type === MedusaError.Types.UNAUTHORIZED) throw resetLinkInvalid()
    throw failure
  }
})

/** The emailpass provider hashes and stores the new password; the old one stops working at once. */
const setPasswordStep = createStep("set-password", async (input: { email: string; password: string }, { container }) => {
  const { success, error } = await container.resolve(Modules.AUTH).updateProvider(EMAILPASS, { entity_id: input.email, password: input.password })
  if (!success) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The new password could not be stored (${error ?? "no reason given"}): ask for a new link and try again.`)
  return new StepResponse(undefined)
})

/**
 * Sets a new password with a reset link. The workflow has no async step and no retention, so the
 * engine keeps no record of its input: the password reaches the auth module and nothing else.
 */
export const resetPasswordWorkflow = createWorkflow("reset-password", (input: ResetPasswordWorkflowInput) => {
  const login = consumeResetLinkStep({ email: input.email, jti: input.jti })
  setPasswordStep({ email: input.email, password: input.password })
  return new WorkflowResponse(login)
})
