/**
 * A customer's saved addresses follow the same Vietnamese address rules as a cart's. Medusa's
 * address workflows offer only hooks after the write, so the hook checks what was written: a
 * refused address makes the workflow undo its own write, and a good one is stored normalized.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAddressesWorkflow, updateCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { type AddressInput, applyVietnameseAddressRules } from "@ocop/domain/address"
import { enforce } from "../../lib/domain-rules"

type SavedAddress = AddressInput & { id: string }

const FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone", "metadata"] as const
const pick = (address: AddressInput) => Object.fromEntries(FIELDS.map((field) => [field, address[field] ?? null]))

async function normalize({ addresses }: { addresses: SavedAddress[] }, { container }: { container: MedusaContainer }) {
  const customers = container.resolve(Modules.CUSTOMER)
  const before: SavedAddress[] = []
  for (const address of addresses) {
    const normalized = enforce(() => applyVietnameseAddressRules(address))
    if (JSON.stringify(pick(normalized)) === JSON.stringify(pick(address))) continue
    before.push(address)
    await customers.updateCustomerAddresses(address.id, pick(normalized) as never)
  }
  return new StepResponse(before, before)
}

async function restore(before: SavedAddress[] | undefined, { container }: { container: MedusaContainer }) {
  const customers = container.resolve(Modules.CUSTOMER)
  for (const address of before ?? []) await customers.updateCustomerAddresses(address.id, pick(address) as never)
}

createCustomerAddressesWorkflow.hooks.addressesCreated(normalize, restore)
updateCustomerAddressesWorkflow.hooks.addressesUpdated(normalize, restore)
