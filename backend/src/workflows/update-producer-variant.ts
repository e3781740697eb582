import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow, createAndLinkProductOptionsToProductWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import {
  assertProducerMayEditListingsStep,
  medusaVariantFields,
  planPackOptionStep,
  planStockLevelsStep,
  type ProducerVariantFields,
  producerListingSetupStep,
} from "./steps/producer-listings"

export type UpdateProducerVariantWorkflowInput = {
  producer_id: string
  product_id: string
  variant_id: string
  update: ProducerVariantFields & { stock?: number }
}

/** A producer changes a pack: its title, codes, price (whole đồng) and its stock at the producer's own location, on sale at once. */
export const updateProducerVariantWorkflow = createWorkflow("update-producer-variant", (input: UpdateProducerVariantWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  const setup = producerListingSetupStep({ producer_id: input.producer_id })
  // A renamed pack is told apart by its new title: the pack option gets the value first.
  const option = planPackOptionStep({ product_id: input.product_id, title: input.update.title })
  when({ option }, ({ option }) => option.add_value).then(() => {
    createAndLinkProductOptionsToProductWorkflow.runAsStep({
      input: transform({ input, option }, ({ input, option }) => ({
        product_id: input.product_id,
        update: [{ product_option_id: option.option_id, add: [{ value: input.update.title! }] }],
      })),
    })
  })
  const fields = transform({ input, option }, ({ input, option }) => ({
    ...medusaVariantFields(input.update),
    ...(input.update.title !== undefined ? { options: { [option.option_title]: input.update.title } } : {}),
  }))
  when({ fields }, ({ fields }) => Object.keys(fields).length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input, fields }, ({ input, fields }) => ({ selector: { id: input.variant_id }, update: fields })),
    })
  })
  when({ input }, ({ input }) => input.update.stock !== undefined).then(() => {
    const levels = planStockLevelsStep(
      transform({ input, setup }, ({ input, setup }) => ({
        location_id: setup.stock_location_id,
        stock: [{ variant_id: input.variant_id, stocked_quantity: input.update.stock! }],
      })),
    )
    batchInventoryItemLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ create: levels.create, update: levels.update })) })
  })
  return new WorkflowResponse({ id: input.variant_id })
})
