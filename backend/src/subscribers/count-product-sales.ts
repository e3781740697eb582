import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordProductSalesWorkflow } from "../workflows/record-product-sales"

/** Every placed order counts into its products' "đã bán", and a canceled one is taken out again. */
export default async function countProductSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordProductSalesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "count-product-sales" },
}
