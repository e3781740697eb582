import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../modules/producer"
import { fulfillmentSetLink, fulfillmentSetsInput, producerShippingSetup, shippingOptionsInput } from "./steps/producer-shipping"

export type CreateProducerShippingWorkflowInput = {
  producer: { id: string; handle: string; name: string }
  /** The producer's own stock location, where its parcels leave from. */
  stock_location_id: string
}

/**
 * Gives a producer its own shipping: a shipping profile its products carry, and on its stock
 * location the delivery and pickup fulfillment sets with the shop's options and prices.
 */
export const createProducerShippingWorkflow = createWorkflow(
  "create-producer-shipping",
  (input: CreateProducerShippingWorkflowInput) => {
    const shipping = transform({ input }, ({ input }) => producerShippingSetup(input.producer))
    const profiles = createShippingProfilesStep(
      transform({ shipping }, ({ shipping }) => [{ name: shipping.profileName, type: "producer" }]),
    )
    const sets = createFulfillmentSets(transform({ shipping }, ({ shipping }) => fulfillmentSetsInput(shipping)))
    createRemoteLinkStep(
      transform({ input, profiles, sets }, ({ input, profiles, sets }): LinkDefinition[] => [
        { [PRODUCER_MODULE]: { producer_id: input.producer.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profiles[0]!.id } },
        ...sets.map((set) => fulfillmentSetLink(input.stock_location_id, set.id)),
      ]),
    )
    createShippingOptionsWorkflow.runAsStep({
      input: transform({ shipping, sets, profiles }, ({ shipping, sets, profiles }) => shippingOptionsInput(shipping, sets, profiles[0]!.id)),
    })
    return new WorkflowResponse(transform({ profiles }, ({ profiles }) => ({ shipping_profile_id: profiles[0]!.id })))
  },
)
