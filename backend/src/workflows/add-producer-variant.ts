import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow, createAndLinkProductOptionsToProductWorkflow, createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerNewVariant } from "./create-producer-product"
import {
  assertProducerMayEditListingsStep,
  medusaVariantFields,
  planPackOptionStep,
  planStockLevelsStep,
  producerListingSetupStep,
} from "./steps/producer-listings"

export type AddProducerVariantWorkflowInput = { producer_id: string; product_id: string; variant: ProducerNewVariant }

/** A producer adds a pack size to one of its products, with its price in đồng and its stock at the producer's own location. */
export const addProducerVariantWorkflow = createWorkflow("add-producer-variant", (input: AddProducerVariantWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  const setup = producerListingSetupStep({ producer_id: input.producer_id })
  const option = planPackOptionStep({ product_id: input.product_id, title: input.variant.title })
  when({ option }, ({ option }) => option.add_value).then(() => {
    createAndLinkProductOptionsToProductWorkflow.runAsStep({
      input: transform({ input, option }, ({ input, option }) => ({
        product_id: input.product_id,
        update: [{ product_option_id: option.option_id, add: [{ value: input.variant.title }] }],
      })),
    })
  })
  const created = createProductVariantsWorkflow.runAsStep({
    input: transform({ input, option }, ({ input, option }) => ({
      product_variants: [
        {
          ...medusaVariantFields(input.variant),
          title: input.variant.title,
          options: { [option.option_title]: input.variant.title },
          variant_rank: option.next_rank,
          product_id: input.product_id,
          manage_inventory: true,
        },
      ],
    })),
  })
  const levels = planStockLevelsStep(
    transform({ input, created, setup }, ({ input, created, setup }) => ({
      location_id: setup.stock_location_id,
      stock: [{ variant_id: created[0]!.id, stocked_quantity: input.variant.stock }],
    })),
  )
  batchInventoryItemLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ create: levels.create, update: levels.update })) })
  return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0]!.id })))
})
