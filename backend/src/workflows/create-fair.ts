import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { tagsOfFair } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { type FairFields, createFairStep } from "./steps/fairs"
import { fairProducers } from "./steps/promotion-links"
import { replaceLinksStep } from "./steps/replace-links"

export type CreateFairWorkflowInput = FairFields & { producer_ids: string[] }

/** The programme office records a fair with the producers taking part; its page and the list of fairs show it. */
export const createFairWorkflow = createWorkflow("create-fair", (input: CreateFairWorkflowInput) => {
  const fair = createFairStep(transform({ input }, ({ input: { producer_ids: _, ...fields } }) => fields))
  replaceLinksStep(transform({ fair, input }, ({ fair, input }) => fairProducers(fair.id, input.producer_ids)))
  emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: transform({ fair }, ({ fair }) => ({ tags: tagsOfFair(fair) })) })
  return new WorkflowResponse(fair)
})
