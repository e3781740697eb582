/**
 * A customer's saved addresses follow the same Vietnamese address rules as a cart's. Medusa's
 * address workflows offer only hooks after the write, so the hook checks what was written: a
 * refused address makes the workflow undo its own write, and a good one is stored normalized.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAddressesWorkflow, updateCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { type AddressInput, addressFields, applyVietnameseAddressRules } from "@ocop/domain/address"
import { enforce } from "../../lib/domain-rules"

type SavedAddress = AddressInput & { id: string }


async function normalize({ addresses }: { addresses: SavedAddress[] }, { container }: { container: MedusaContainer }) {
  const customers = container.resolve(Modules.CUSTOMER)
  const before: SavedAddress[] = []
  for (const address of addresses) {
    const normalized = enforce(() => applyVietnameseAddressRules(address))
    if (JSON.stringify(addressFields(normalized)) === JSON.stringify(addressFields(address))) continue
    before.push(address)
    await customers.updateCustomerAddresses(address.id, addressFields(normalized))
  }
  return new StepResponse(before, before)
}

async function restore(before: SavedAddress[] | undefined, { container }: { container: MedusaContainer }) {
  const customers = container.resolve(Modules.CUSTOMER)
  for (const address of before ?? []) await customers.updateCustomerAddresses(address.id, addressFields(address))
}

createCustomerAddressesWorkflow.hooks.addressesCreated(normalize, restore)
updateCustomerAddressesWorkflow.hooks.addressesUpdated(normalize, restore)
