import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ORDER_REFUSED_AT_DOOR_TEMPLATE = "order-refused-at-door"

export type RefusedOrderNotice = { order_id: string; email: string | null; display_id: number | null; reason: string | null }

/**
 * Tells the buyer the order was cancelled because the parcel was refused or not collected, and
 * that nothing is owed. The refusal stands whether or not the email goes out (the parcel is back
 * and the order cancelled), so a notification that fails is logged, not thrown: nothing is undone
 * for it. A message sent cannot be taken back, so there is no compensation; the idempotency key
 * keeps a retry from sending it twice.
 */
export const tellBuyerRefusedAtDoorStep = createStep("tell-buyer-refused-at-door", async (notice: RefusedOrderNotice, { container }) => {
  if (!notice.email) return new StepResponse(null)
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: notice.email,
      channel: "email",
      template: ORDER_REFUSED_AT_DOOR_TEMPLATE,
      data: { order_id: notice.order_id, display_id: notice.display_id, reason: notice.reason },
      trigger_type: "order.refused_at_door",
      resource_id: notice.order_id,
      resource_type: "order",
      idempotency_key: `${ORDER_REFUSED_AT_DOOR_TEMPLATE}:${notice.order_id}`,
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Order ${notice.order_id} was cancelled as refused at the door, but ${notice.email} could not be told: ${(error as Error).message}`)
  }
  return new StepResponse(null)
})
