import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { REGION_NAME, regionPaymentProviderIds } from "../lib/store-setup"

/**
 * A shop set up before a way to pay was added (VietQR) gets it in its region now. On an empty
 * database there is no region yet, and the store setup creates it with every provider.
 */
export default async function enableRegionPaymentProviders({ container }: { container: MedusaContainer }) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name: REGION_NAME },
  })
  const region = data[0] as { id: string; payment_providers?: ({ id: string } | null)[] | null } | undefined
  if (!region) return
  const enabled = new Set((region.payment_providers ?? []).flatMap((provider) => (provider ? [provider.id] : [])))
  if (regionPaymentProviderIds().every((id) => enabled.has(id))) return
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: region.id }, update: { payment_providers: [...new Set([...enabled, ...regionPaymentProviderIds()])] } },
  })
}
