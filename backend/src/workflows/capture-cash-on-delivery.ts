import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { awaitingPayment, ORDER_PAYMENT_FIELDS, type WithPayments } from "../lib/order-payments"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../lib/store-setup"

type DeliveredOrder = WithPayments & {
  id: string
  status: string
  items?: ({ detail?: { quantity?: unknown; delivered_quantity?: unknown } | null } | null)[] | null
}

/** The cash-on-delivery payment of an order whose every pack has been delivered, if not yet captured. */
async function cashDue(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "items.detail.quantity", "items.detail.delivered_quantity", ...ORDER_PAYMENT_FIELDS],
    filters: { id: orderId },
  })
  const order = data[0] as DeliveredOrder | undefined
  if (!order || order.status === "canceled") return null
  const lines = (order.items ?? []).flatMap((item) => (item?.detail ? [item.detail] : []))
  const allDelivered = lines.length > 0 && lines.every((line) => Number(line.delivered_quantity ?? 0) >= Number(line.quantity ?? 0))
  if (!allDelivered) return null
  const payment = awaitingPayment(order, CASH_ON_DELIVERY_PROVIDER_ID)
  return payment ? { payment_id: payment.id } : null
}

const findCashDueStep = createStep("find-cash-due", async ({ order_id }: { order_id: string }, { container }) => {
  return new StepResponse(await cashDue(container, order_id))
})

/**
 * Cash on delivery is collected when the last parcel is handed over: once every pack of the order
 * is marked delivered (by the operator in the Admin now, by the producer in its portal later), the
 * payment is captured for its full amount. Until then, and for a cancelled order, nothing is.
 */
export const captureCashOnDeliveryWorkflow = createWorkflow("capture-cash-on-delivery", (input: { order_id: string }) => {
  const due = findCashDueStep(input)
  when({ due }, ({ due }) => due !== null).then(() => {
    capturePaymentWorkflow.runAsStep({ input: transform({ due }, ({ due }) => ({ payment_id: due!.payment_id })) })
  })
  return new WorkflowResponse(due)
})
