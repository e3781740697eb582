/**
 * POST /store/carts: Medusa's own cart creation (its validation and fields are unchanged), except
 * that a cart made without a session but with an email belongs to a guest customer of that email,
 * never to the account that has it (workflows/keep-cart-with-guest.ts).
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { signedInCustomer } from "../../../lib/order-access"
import { createGuestCartWorkflow } from "../../../workflows/keep-cart-with-guest"

export async function POST(req: MedusaRequest<CreateCartWorkflowInputDTO>, res: MedusaResponse) {
  const customerId = signedInCustomer(req)
  const email = typeof req.validatedBody.email === "string" ? req.validatedBody.email.trim().toLowerCase() : ""
  const input = { ...req.validatedBody, customer_id: customerId }
  const { result } =
    !customerId && email
      ? await createGuestCartWorkflow(req.scope).run({ input: { ...input, email } })
      : await createCartWorkflow(req.scope).run({ input })
  res.status(200).json({ cart: await refetchCart(result.id, req.scope, req.queryConfig.fields) })
}
