import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { paymentSettings } from "../lib/payment-settings"
import { VIETQR_PROVIDER_ID } from "../lib/store-setup"

export const ORDER_UNPAID_CANCELED_TEMPLATE = "order-unpaid-canceled"

type UnpaidRow = {
  id: string
  created_at: string | Date
  captured_at?: unknown
  canceled_at?: unknown
  payment_collection?: { order?: { id: string; status: string; email?: string | null; display_id?: number } | null } | null
}

/** VietQR orders placed more than the window ago whose transfer never came. */
export async function unpaidTransferOrders(container: MedusaContainer, now = new Date()) {
  const cutoff = new Date(now.getTime() - paymentSettings().transferWindowHours * 3_600_000)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "created_at", "captured_at", "canceled_at", "payment_collection.order.id", "payment_collection.order.status", "payment_collection.order.email", "payment_collection.order.display_id"],
    filters: { provider_id: VIETQR_PROVIDER_ID, captured_at: null, canceled_at: null, created_at: { $lt: cutoff } },
  })
  return (data as UnpaidRow[]).flatMap((payment) => {
    const order = payment.payment_collection?.order
    return order && order.status !== "canceled" ? [{ id: order.id, email: order.email ?? null, display_id: order.display_id ?? null }] : []
  })
}

const tellBuyerStep = createStep(
  "tell-buyer-unpaid-order-canceled",
  async (order: { id: string; email: string | null; display_id: number | null }, { container }) => {
    if (!order.email) return new StepResponse(null)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: order.email,
      channel: "email",
      template: ORDER_UNPAID_CANCELED_TEMPLATE,
      data: { order_id: order.id, display_id: order.display_id, window_hours: paymentSettings().transferWindowHours },
      trigger_type: "order.unpaid_canceled",
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: `${ORDER_UNPAID_CANCELED_TEMPLATE}:${order.id}`,
    })
    return new StepResponse(null)
  },
)

/**
 * Cancels an order whose bank transfer did not come in time: Medusa's cancellation releases its
 * reserved stock and cancels the payment, then the buyer is told why.
 */
export const cancelUnpaidTransferOrderWorkflow = createWorkflow(
  "cancel-unpaid-transfer-order",
  (input: { id: string; email: string | null; display_id: number | null }) => {
    cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.id })) })
    tellBuyerStep(input)
    return new WorkflowResponse(input.id)
  },
)
