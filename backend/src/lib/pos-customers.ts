/**
 * The shop's customer a phone number given at the counter belongs to: read through
 * @ocop/domain/phone, so "0912 345 678", "+84912345678" and "0912345678" are one customer, and an
 * account's customer preferred to a guest's. The counter shows the name and a masked email only.
 */
import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { formatPhone, parseVietnamesePhone } from "@ocop/domain/phone"
import { maskedEmail } from "@ocop/domain/pos"

export type CounterCustomer = { id: string; email: string; first_name: string | null; last_name: string | null; phone: string }

/** The customer with this phone (in any of the forms it may be stored in), or null; `phone` must already be a Vietnamese number. */
export async function customerByPhone(container: MedusaContainer, phone: string): Promise<CounterCustomer | null> {
  const parsed = parseVietnamesePhone(phone)
  if (!parsed) return null
  const forms = [...new Set([parsed.national, parsed.e164, formatPhone(parsed.national)])]
  const customers = await container
    .resolve(Modules.CUSTOMER)
    // The customer module filters on any column; its filter type names only some.
    .listCustomers({ phone: forms } as Parameters<ICustomerModuleService["listCustomers"]>[0], { select: ["id", "email", "first_name", "last_name", "phone", "has_account", "created_at"], order: { created_at: "ASC" } })
  const customer = customers.find((c) => c.has_account) ?? customers[0]
  if (!customer) return null
  return { id: customer.id, email: customer.email ?? "", first_name: customer.first_name ?? null, last_name: customer.last_name ?? null, phone: parsed.national }
}

/** What the counter's screen shows of a customer. */
export function presentCounterCustomer(customer: CounterCustomer) {
  const name = [customer.last_name, customer.first_name].filter(Boolean).join(" ").normalize("NFC") || null
  return { id: customer.id, name, masked_email: customer.email ? maskedEmail(customer.email) : null, phone: customer.phone }
}
