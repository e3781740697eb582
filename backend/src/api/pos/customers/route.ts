/** GET `?phone=`: the shop's customer with that phone, for the counter to put the sale on their account (404 with a sentence when none). */
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { normalizePhone } from "@ocop/domain/phone"
import type { PosRequest } from "../../../lib/pos-access"
import { customerByPhone, presentCounterCustomer } from "../../../lib/pos-customers"
import type { PosCustomerQuery } from "../validators"

export async function GET(req: PosRequest<unknown, PosCustomerQuery>, res: MedusaResponse) {
  const { phone } = req.validatedQuery as PosCustomerQuery
  const national = normalizePhone(phone)
  if (!national) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "phone is a Vietnamese number of 10 digits starting with 0 (or +84): check it.", ERROR_CODES.invalidPhone)
  }
  const customer = await customerByPhone(req.scope, national)
  if (!customer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No customer of the shop has the phone ${national}: sell without an account, or ask the customer for the number they registered with.`,
      ERROR_CODES.customerNotFound,
    )
  }
  res.json({ customer: presentCounterCustomer(customer) })
}
