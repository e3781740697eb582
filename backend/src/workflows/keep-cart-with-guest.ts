/**
 * Keeps a guest's cart the guest's, whatever email it is given.
 *
 * Medusa's cart workflows look a customer-less cart's email up among all customers and, when an
 * account has it, make the cart that account's. Then the cart opens only with the account's
 * session (lib/cart-access.ts): a guest who typed an account's email would lose their own cart,
 * and a stranger could put a cart, and later read the address its owner types, into anyone's
 * account. With a guest customer of that email on the cart, Medusa keeps it (a cart's guest
 * customer is never swapped for an account by email). Every email is handled alike, so no answer
 * says whether it has an account.
 */
import type { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"

const findOrCreateGuestCustomerStep = createStep(
  "find-or-create-guest-customer",
  async ({ email }: { email: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [guest] = await customers.listCustomers({ email, has_account: false }, { take: 1 })
    if (guest) return new StepResponse(guest.id, null)
    const created = await customers.createCustomers({ email, has_account: false })
    return new StepResponse(created.id, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve(Modules.CUSTOMER).deleteCustomers(createdId)
  },
)

const setCartCustomerStep = createStep(
  "set-cart-guest-customer",
  async ({ cart_id, customer_id }: { cart_id: string; customer_id: string }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const before = await carts.retrieveCart(cart_id, { select: ["id", "customer_id"] })
    await carts.updateCarts(cart_id, { customer_id })
    return new StepResponse(undefined, { cart_id, customer_id: before.customer_id ?? null })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(Modules.CART).updateCarts(previous.cart_id, { customer_id: previous.customer_id })
  },
)

/** A cart that has no customer yet gets a guest customer of the email it is about to be given. */
export const keepCartWithGuestWorkflow = createWorkflow("keep-cart-with-guest", (input: { cart_id: string; email: string }) => {
  const customerId = findOrCreateGuestCustomerStep({ email: input.email })
  setCartCustomerStep({ cart_id: input.cart_id, customer_id: customerId })
  return new WorkflowResponse(customerId)
})

/** A new cart, made without a session but with an email, belongs to a guest customer of that email. */
export const createGuestCartWorkflow = createWorkflow("create-guest-cart", (input: CreateCartWorkflowInputDTO & { email: string }) => {
  const customerId = findOrCreateGuestCustomerStep({ email: input.email })
  const cartInput = transform({ input, customerId }, ({ input, customerId }) => ({ ...input, customer_id: customerId }))
  const cart = createCartWorkflow.runAsStep({ input: cartInput })
  return new WorkflowResponse(cart)
})
