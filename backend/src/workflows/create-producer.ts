import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../modules/producer"
import { findCommune, findProvince } from "@ocop/domain/admin-units"
import { MANUAL_FULFILLMENT_PROVIDER_ID } from "../lib/store-setup"
import { createProducerStep, type CreateProducerStepInput } from "./steps/create-producer"
import { createProducerShippingWorkflow } from "./create-producer-shipping"

export type CreateProducerWorkflowInput = CreateProducerStepInput

/**
 * Creates a producer together with its own stock location (online orders ship from it), linked
 * to the web shop's sales channel and the manual fulfillment provider, and its own shipping: a
 * shipping profile its products carry and the delivery and pickup options of its location.
 */
export const createProducerWorkflow = createWorkflow("create-producer", (input: CreateProducerWorkflowInput) => {
  const producer = createProducerStep(input)

  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "default_sales_channel_id"] })

  const locationInput = transform({ producer }, ({ producer }) => {
    const province = findProvince(producer.province_code)
    const commune = producer.commune_code ? findCommune(producer.province_code, producer.commune_code) : undefined
    return {
      locations: [
        {
          name: `Kho ${producer.name}`,
          address: {
            address_1: producer.address_as_issued,
            city: commune?.name ?? null,
            province: province?.name ?? null,
            country_code: "vn",
          },
          metadata: { producer_id: producer.id },
        },
      ],
    }
  })
  const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })

  const links = transform({ producer, locations }, ({ producer, locations }): LinkDefinition[] => [
    { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0]!.id } },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: locations[0]!.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
    },
  ])
  createRemoteLinkStep(links).config({ name: "link-producer-location" })

  createProducerShippingWorkflow.runAsStep({
    input: transform({ producer, locations }, ({ producer, locations }) => ({
      producer: { id: producer.id, handle: producer.handle, name: producer.name },
      stock_location_id: locations[0]!.id,
    })),
  })

  const salesChannelLink = transform({ locations, stores }, ({ locations, stores }) => ({
    id: locations[0]!.id,
    add: stores[0]?.default_sales_channel_id ? [stores[0].default_sales_channel_id] : [],
  }))
  linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: salesChannelLink })

  return new WorkflowResponse({ producer, stock_location: transform({ locations }, ({ locations }) => locations[0]!) })
})
