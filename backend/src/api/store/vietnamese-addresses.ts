/**
 * Applies the Vietnamese address rules (lib/vietnam-address.ts) to the addresses a buyer sends
 * for a cart or their account, after Medusa's own body validation and before its route runs,
 * so what is stored is already normalized.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type AddressInput, applyVietnameseAddressRules } from "../../lib/vietnam-address"

type Body = Record<string, unknown>

const bodyOf = (req: MedusaRequest) => ((req.validatedBody ?? req.body) as Body | undefined) ?? {}

/** POST /store/carts and /store/carts/:id: shipping_address and billing_address (an address id given as a string is left alone). */
export function checkCartAddresses(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = bodyOf(req)
    for (const field of ["shipping_address", "billing_address"]) {
      const address = body[field]
      if (address && typeof address === "object") body[field] = applyVietnameseAddressRules(address as AddressInput)
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** POST /store/customers/me/addresses(/:address_id): the body is the address. */
export function checkCustomerAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = bodyOf(req)
    Object.assign(body, applyVietnameseAddressRules(body as AddressInput))
    next()
  } catch (error) {
    next(error)
  }
}
