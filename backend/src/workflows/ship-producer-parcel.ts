import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow, updateFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { CARRIER_METADATA_KEY } from "@ocop/domain/parcels"
import { assertParcelShippableStep } from "./steps/producer-parcels"

export type ShipProducerParcelWorkflowInput = { order_id: string; fulfillment_id: string; carrier: string; tracking_number: string; shipped_by?: string }

/**
 * A producer hands its packed parcel to a carrier: Medusa's shipment of the parcel's lines, with the
 * carrier's tracking number on the fulfillment's label and the carrier's name in its metadata
 * (@ocop/domain/parcels reads both back). A parcel is shipped once: 409 the second time.
 */
export const shipProducerParcelWorkflow = createWorkflow("ship-producer-parcel", (input: ShipProducerParcelWorkflowInput) => {
  const items = assertParcelShippableStep(transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id })))
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, items }, ({ input, items }) => ({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      items,
      created_by: input.shipped_by,
      // A producer books its carrier outside the shop: it has a number, no label to print or link to follow.
      labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
    })),
  })
  const fulfillment = updateFulfillmentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ id: input.fulfillment_id, metadata: { [CARRIER_METADATA_KEY]: input.carrier } })),
  })
  return new WorkflowResponse(fulfillment)
})
