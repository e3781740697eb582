import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  assertProducerMayEditListingsStep,
  assertProductSetExistsStep,
  chooseProductHandleStep,
  medusaProductTexts,
  medusaVariantFields,
  PACK_OPTION,
  planStockLevelsStep,
  type ProducerProductTexts,
  type ProducerVariantFields,
  producerListingSetupStep,
} from "./steps/producer-listings"

export type ProducerNewVariant = ProducerVariantFields & { title: string; sku: string; price: number; stock: number }

export type CreateProducerProductWorkflowInput = {
  producer_id: string
  product: ProducerProductTexts & { title: string; product_set_id: string; variants: ProducerNewVariant[] }
}

/** Keeps a new product's metadata free of the empty texts an update uses to take a key out. */
const withoutEmpty = (metadata?: Record<string, string>) => (metadata ? Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== "")) : undefined)

/**
 * A producer lists a new product: a `draft` it can finish, then submit (submit-producer-product) for
 * the programme office to publish in the Admin; on the web shop's channel, linked to its producer and product set by the OCOP hooks of
 * Medusa's own create (which also give it the producer's shipping profile, and keep it off sale
 * while the producer is not approved), with each pack's price in đồng and its stock at the
 * producer's own location.
 */
export const createProducerProductWorkflow = createWorkflow("create-producer-product", (input: CreateProducerProductWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  assertProductSetExistsStep(transform({ input }, ({ input }) => ({ product_set_id: input.product.product_set_id })))
  const setup = producerListingSetupStep({ producer_id: input.producer_id })
  const handle = chooseProductHandleStep({ title: input.product.title })

  const created = createProductsWorkflow.runAsStep({
    input: transform({ input, setup, handle }, ({ input, setup, handle }) => {
      const { product_set_id, variants, ...texts } = input.product
      const fields = medusaProductTexts(texts)
      return {
        products: [
          {
            ...fields,
            title: input.product.title,
            metadata: withoutEmpty(fields.metadata),
            handle,
            status: "draft" as const,
            origin_country: "vn",
            sales_channels: [{ id: setup.sales_channel_id }],
            options: [{ title: PACK_OPTION, values: variants.map((variant) => variant.title) }],
            variants: variants.map((variant, rank) => {
              const { metadata, ...fields } = medusaVariantFields(variant)
              return {
                ...fields,
                title: variant.title,
                options: { [PACK_OPTION]: variant.title },
                variant_rank: rank,
                manage_inventory: true,
                metadata: withoutEmpty(metadata),
              }
            }),
          },
        ],
        additional_data: { producer_id: input.producer_id, product_set_id },
      }
    }),
  })

  const stock = transform({ input, created, setup }, ({ input, created, setup }) => {
    const bySku = new Map(input.product.variants.map((variant) => [variant.sku, variant.stock]))
    return {
      location_id: setup.stock_location_id,
      stock: (created[0]?.variants ?? []).map((variant) => ({ variant_id: variant.id, stocked_quantity: bySku.get(variant.sku ?? "") ?? 0 })),
    }
  })
  const levels = planStockLevelsStep(stock)
  batchInventoryItemLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ create: levels.create, update: levels.update })) })

  return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0]!.id })))
})
