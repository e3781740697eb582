import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CACHE_TAGS } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { pavilionProducers, pavilionProducts } from "./steps/promotion-links"
import { type CuratePavilionStepInput, curatePavilionStep } from "./steps/pavilions"
import { replaceLinksStep } from "./steps/replace-links"

export type CuratePavilionWorkflowInput = CuratePavilionStepInput & { producer_ids?: string[]; product_ids?: string[] }

/**
 * The programme office curates a province's pavilion: banner, introduction, and the producers and
 * products it shows first (what is left out keeps its place after them). Absent fields stay.
 */
export const curatePavilionWorkflow = createWorkflow("curate-pavilion", (input: CuratePavilionWorkflowInput) => {
  const pavilion = curatePavilionStep(transform({ input }, ({ input: { producer_ids: _p, product_ids: _q, ...fields } }) => fields))
  when({ input }, ({ input }) => input.producer_ids !== undefined).then(() => {
    replaceLinksStep(transform({ pavilion, input }, ({ pavilion, input }) => pavilionProducers(pavilion.id, input.producer_ids ?? []))).config({
      name: "replace-pavilion-producers",
    })
  })
  when({ input }, ({ input }) => input.product_ids !== undefined).then(() => {
    replaceLinksStep(transform({ pavilion, input }, ({ pavilion, input }) => pavilionProducts(pavilion.id, input.product_ids ?? []))).config({
      name: "replace-pavilion-products",
    })
  })
  emitEventStep({
    eventName: STOREFRONT_PAGES_STALE_EVENT,
    data: transform({ pavilion }, ({ pavilion }) => ({ tags: [CACHE_TAGS.province(pavilion.province_code)] })),
  })
  return new WorkflowResponse(pavilion)
})
