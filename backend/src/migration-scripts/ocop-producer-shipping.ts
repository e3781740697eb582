import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerShippingWorkflow } from "../workflows/create-producer-shipping"
import { assignProducerShippingProfiles } from "../workflows/steps/producer-shipping-profiles"

type ProducerRow = {
  id: string
  handle: string
  name: string
  shipping_profile?: { id: string } | null
  stock_location?: { id: string } | null
  products?: ({ id: string } | null)[] | null
}

/**
 * Producers created before each producer shipped on its own get their shipping profile and
 * options now, and their products that profile; new producers get them from create-producer.
 */
export default async function createMissingProducerShipping({ container }: { container: MedusaContainer }) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "handle", "name", "shipping_profile.id", "stock_location.id", "products.id"],
  })
  for (const producer of data as ProducerRow[]) {
    if (producer.shipping_profile || !producer.stock_location) continue
    await createProducerShippingWorkflow(container).run({
      input: { producer: { id: producer.id, handle: producer.handle, name: producer.name }, stock_location_id: producer.stock_location.id },
    })
    const productIds = (producer.products ?? []).flatMap((product) => (product ? [product.id] : []))
    await assignProducerShippingProfiles(container, productIds)
  }
}
