import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchDatesProblem } from "@ocop/domain/batches"
import { ERROR_CODES } from "@ocop/domain/errors"
import { PRODUCT_BATCH_MODULE } from "../modules/product-batch"
import type ProductBatchModuleService from "../modules/product-batch/service"
import { assertProducerMayEditListingsStep } from "./steps/producer-listings"

export type RecordProductBatchWorkflowInput = {
  producer_id: string
  product_id: string
  variant_id: string
  lot_code: string
  quantity: number
  produced_on: string
  best_before: string
}

/** The pack must be the product's (the guard checked the product is the producer's) and carry a GTIN-13 to print; the dates must hold together. */
const assertBatchCanBeRecordedStep = createStep("assert-batch-can-be-recorded", async (input: RecordProductBatchWorkflowInput, { container }) => {
  const datesProblem = batchDatesProblem(input.produced_on, input.best_before)
  if (datesProblem) throw new MedusaError(MedusaError.Types.INVALID_DATA, datesProblem, ERROR_CODES.invalidBatchDates)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "ean", "product_id"],
    filters: { id: input.variant_id },
  })
  const variant = data[0] as { id: string; ean?: string | null; product_id?: string | null } | undefined
  if (!variant || variant.product_id !== input.product_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `This product has no pack ${input.variant_id}: name one of its own packs as variant_id.`)
  }
  if (!variant.ean) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This pack has no GTIN-13 yet, and a batch's label prints it: give the pack its GTIN-13 first.")
  }
  return new StepResponse(null)
})

const createBatchStep = createStep(
  "create-product-batch",
  async (input: RecordProductBatchWorkflowInput, { container }) => {
    const batches = container.resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE)
    const existing = await batches.listProductBatches({ variant_id: input.variant_id, lot_code: input.lot_code }, { select: ["id"] })
    if (existing.length > 0) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `This pack already has a batch ${input.lot_code}: give the new batch its own lot code.`, ERROR_CODES.batchExists)
    }
    const { producer_id, product_id, variant_id, lot_code, quantity, produced_on, best_before } = input
    const batch = await batches.createProductBatches({ producer_id, product_id, variant_id, lot_code, quantity, produced_on, best_before })
    return new StepResponse(batch, batch.id)
  },
  async (batchId, { container }) => {
    if (!batchId) return
    await container.resolve<ProductBatchModuleService>(PRODUCT_BATCH_MODULE).deleteProductBatches(batchId)
  },
)

/** A producer records a batch (lô) of one of its packs, for its labels and its trace page. */
export const recordProductBatchWorkflow = createWorkflow("record-product-batch", (input: RecordProductBatchWorkflowInput) => {
  assertProducerMayEditListingsStep({ producer_id: input.producer_id })
  assertBatchCanBeRecordedStep(input)
  const batch = createBatchStep(input)
  return new WorkflowResponse(batch)
})
