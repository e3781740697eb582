import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_OCOP_CHANGED_EVENT } from "../events"
import { setProductOcopLinksStep } from "./steps/set-product-ocop-links"
import { assignProducerShippingProfilesStep } from "./steps/producer-shipping-profiles"
import { syncProducerListingsStep } from "./steps/sync-producer-listings"

export type SetProductOcopWorkflowInput = { product_id: string; producer_id?: string; product_set_id?: string }

/** Sets a product's producer and/or OCOP product set (the operator's OCOP panel uses this); a product moved to a producer that is not approved goes off sale. */
export const setProductOcopWorkflow = createWorkflow("set-product-ocop", (input: SetProductOcopWorkflowInput) => {
  const stepInput = transform({ input }, ({ input }) => ({
    product_ids: [input.product_id],
    producer_id: input.producer_id,
    product_set_id: input.product_set_id,
  }))
  const changes = setProductOcopLinksStep(stepInput)
  const products = transform({ input }, ({ input }) => ({ product_ids: [input.product_id] }))
  assignProducerShippingProfilesStep(products)
  syncProducerListingsStep(products)
  emitEventStep({ eventName: PRODUCT_OCOP_CHANGED_EVENT, data: { id: input.product_id } })
  return new WorkflowResponse(changes)
})
