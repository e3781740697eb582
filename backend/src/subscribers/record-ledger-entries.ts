import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { BANK_TRANSFER_RECEIVED_EVENT, POS_SALE_CHANGED_EVENT } from "../events"
import { recordLedgerEntriesWorkflow } from "../workflows/record-ledger-entries"

type LedgerEvent = { id?: string; order_id?: string | null }

/** The order a payment belongs to, through its collection. */
async function orderOfPayment(container: SubscriberArgs["container"], paymentId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { id: paymentId },
  })
  return (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id ?? null
}

/**
 * Money in or out of an order moves its producers' ledger: a captured or refunded payment of a web
 * order, a counter sale placed, its transfer received, its packs brought back or the whole sale
 * refunded. The workflow records what is new only, so an event seen twice changes nothing.
 */
export default async function recordLedgerEntries({ event, container }: SubscriberArgs<LedgerEvent>) {
  const orderId =
    event.name === PaymentEvents.CAPTURED || event.name === PaymentEvents.REFUNDED
      ? await orderOfPayment(container, event.data.id!)
      : event.name === BANK_TRANSFER_RECEIVED_EVENT || event.name === POS_SALE_CHANGED_EVENT
        ? (event.data.order_id ?? null)
        : (event.data.id ?? null)
  if (orderId) await recordLedgerEntriesWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: [
    PaymentEvents.CAPTURED,
    PaymentEvents.REFUNDED,
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    BANK_TRANSFER_RECEIVED_EVENT,
    POS_SALE_CHANGED_EVENT,
  ],
  context: { subscriberId: "record-ledger-entries" },
}
