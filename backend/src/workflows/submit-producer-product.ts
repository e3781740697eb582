import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/domain/errors"
import { assertProducerMayPublishStep } from "./steps/assert-producer-may-publish"

export type SubmitProducerProductWorkflowInput = { producer_id: string; product_id: string }

/** A draft, or a product the operator sent back (rejected), may be submitted; one waiting or on sale already may not. Reads only. */
const assertSubmittableStep = createStep("assert-product-submittable", async (input: { product_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["status"], filters: { id: input.product_id } })
  const status = (data[0] as { status: string } | undefined)?.status
  if (status === "proposed") {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This product is with the programme office already: it goes on sale once they publish it.", ERROR_CODES.productAlreadySubmitted)
  }
  if (status === "published") {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This product is on sale already: your edits to it go live at once.", ERROR_CODES.productAlreadySubmitted)
  }
  return new StepResponse(null)
})

/**
 * A producer submits one of its products to the programme office, which publishes it in Admin:
 * the product becomes `proposed`. Only an approved producer may submit; a pending, rejected or
 * suspended one gets 403 with the reason. The status changes through Medusa's own update, whose
 * OCOP hooks keep the product linked, shipped by its producer and on its sales channels.
 */
export const submitProducerProductWorkflow = createWorkflow("submit-producer-product", (input: SubmitProducerProductWorkflowInput) => {
  assertProducerMayPublishStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
  assertSubmittableStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  const products = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: { status: "proposed" as const } })),
  })
  return new WorkflowResponse(products)
})
