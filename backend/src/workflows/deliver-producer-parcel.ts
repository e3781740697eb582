import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { assertParcelDeliverableStep } from "./steps/producer-parcels"

export type DeliverProducerParcelWorkflowInput = { order_id: string; fulfillment_id: string }

/**
 * A producer marks its shipped parcel delivered, through Medusa's own delivery: its event is what
 * captures cash on delivery once the order's last parcel is delivered (subscribers/capture-cash-on-delivery.ts).
 * 409 for a parcel not shipped yet, or delivered already.
 */
export const deliverProducerParcelWorkflow = createWorkflow("deliver-producer-parcel", (input: DeliverProducerParcelWorkflowInput) => {
  assertParcelDeliverableStep(transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id })))
  const fulfillment = markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ orderId: input.order_id, fulfillmentId: input.fulfillment_id })),
  })
  return new WorkflowResponse(fulfillment)
})
