import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createCustomerAccountWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { RegistrationClaims } from "../lib/registration-token"
import { findUnconfirmedLoginStep } from "./steps/find-unconfirmed-login"

export type ConfirmRegistrationWorkflowInput = Omit<RegistrationClaims, "exp">

/**
 * Makes the customer of a login whose email its owner just confirmed, with the name and phone the
 * registration carried: Medusa's createCustomerAccountWorkflow, as `POST /store/customers` runs it,
 * so a guest who checked out before with this email keeps their guest customer and its orders, and
 * the account is a customer of its own. Under a lock on the login, so two clicks on one link make
 * one customer; the second is told the email is confirmed already.
 */
export const confirmRegistrationWorkflow = createWorkflow("confirm-registration", (input: ConfirmRegistrationWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `registration:${input.auth_identity_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const login = findUnconfirmedLoginStep(input.auth_identity_id)
  const account = transform({ input, login }, ({ input, login }) => ({
    authIdentityId: input.auth_identity_id,
    customerData: { email: login.email, first_name: input.first_name, last_name: input.last_name, phone: input.phone },
  }))
  const customer = createCustomerAccountWorkflow.runAsStep({ input: account })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(customer)
})
