import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { planProducerParcelStep } from "./steps/producer-parcels"

export type PackProducerParcelWorkflowInput = { order_id: string; producer_id: string; packed_by?: string }

/**
 * A producer packs its parcel of an order: every one of its lines not packed yet, from its own
 * stock location, by the shipping option the buyer chose for its parcel, through Medusa's own
 * fulfillment (which reserves and takes the stock at that location). 409 when nothing is left.
 */
export const packProducerParcelWorkflow = createWorkflow("pack-producer-parcel", (input: PackProducerParcelWorkflowInput) => {
  const plan = planProducerParcelStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, producer_id: input.producer_id })))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({
      order_id: plan.order_id,
      location_id: plan.location_id,
      shipping_option_id: plan.shipping_option_id,
      items: plan.items,
      created_by: input.packed_by,
    })),
  })
  return new WorkflowResponse(fulfillment)
})
