import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { captureCashOnDeliveryWorkflow } from "../workflows/capture-cash-on-delivery"

/** A parcel marked delivered may complete its order's delivery, and so its cash-on-delivery payment. */
export default async function captureCashOnDelivery({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as { order?: { id: string } | null } | undefined)?.order?.id
  if (orderId) await captureCashOnDeliveryWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = { event: FulfillmentWorkflowEvents.DELIVERY_CREATED }
