import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { findCommune, findProvince } from "@ocop/domain/admin-units"
import { REGION_COUNTRY } from "../lib/store-setup"
import { SHOWROOM_MODULE } from "../modules/showroom"
import { type CreateShowroomStepInput, createShowroomStep } from "./steps/create-showroom"

export type CreateShowroomWorkflowInput = CreateShowroomStepInput & {
  /** The counter's sales channel; by default the showroom's name. */
  sales_channel_name?: string
  /** The showroom's stock location; by default "Kho " and the showroom's name. */
  stock_location_name?: string
}

/**
 * The one way a showroom is made, by the store setup and by the programme office in the Admin: the
 * showroom, its own sales channel (counter sales are orders in it) and its own stock location at its
 * address (counter sales take stock from it), linked to each other. A failing step undoes the others.
 */
export const createShowroomWorkflow = createWorkflow("create-showroom", (input: CreateShowroomWorkflowInput) => {
  const showroom = createShowroomStep(input)

  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      salesChannelsData: [{ name: input.sales_channel_name ?? input.name, description: `Quầy bán hàng của ${input.name}` }],
    })),
  })

  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input, showroom }, ({ input, showroom }) => ({
      locations: [
        {
          name: input.stock_location_name ?? `Kho ${input.name}`,
          address: {
            address_1: input.address_as_issued,
            city: findCommune(input.province_code, input.commune_code)?.name ?? null,
            province: findProvince(input.province_code)?.name ?? null,
            country_code: REGION_COUNTRY,
          },
          metadata: { showroom_id: showroom.id },
        },
      ],
    })),
  })

  const links = transform({ showroom, channels, locations }, ({ showroom, channels, locations }): LinkDefinition[] => [
    { [SHOWROOM_MODULE]: { showroom_id: showroom.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channels[0]!.id } },
    { [SHOWROOM_MODULE]: { showroom_id: showroom.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0]!.id } },
  ])
  createRemoteLinkStep(links).config({ name: "link-showroom" })

  linkSalesChannelsToStockLocationWorkflow.runAsStep({
    input: transform({ channels, locations }, ({ channels, locations }) => ({ id: locations[0]!.id, add: [channels[0]!.id] })),
  })

  return new WorkflowResponse({
    showroom,
    sales_channel: transform({ channels }, ({ channels }) => channels[0]!),
    stock_location: transform({ locations }, ({ locations }) => locations[0]!),
  })
})
