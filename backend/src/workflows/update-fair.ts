import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { tagsOfFair } from "@ocop/domain/cache-tags"
import { STOREFRONT_PAGES_STALE_EVENT } from "../events"
import { fairProducers } from "./steps/promotion-links"
import { type FairFields, updateFairStep } from "./steps/fairs"
import { replaceLinksStep } from "./steps/replace-links"

/** A fair's handle is its printed QR code's address, so it stays as it was made. */
export type UpdateFairWorkflowInput = { id: string; producer_ids?: string[] } & Partial<Omit<FairFields, "handle">>

/** The programme office changes a fair's days, place, texts or producers; its page follows. */
export const updateFairWorkflow = createWorkflow("update-fair", (input: UpdateFairWorkflowInput) => {
  const fair = updateFairStep(transform({ input }, ({ input: { producer_ids: _, ...fields } }) => fields))
  when({ input }, ({ input }) => input.producer_ids !== undefined).then(() => {
    replaceLinksStep(transform({ input }, ({ input }) => fairProducers(input.id, input.producer_ids ?? [])))
  })
  emitEventStep({ eventName: STOREFRONT_PAGES_STALE_EVENT, data: transform({ fair }, ({ fair }) => ({ tags: tagsOfFair(fair) })) })
  return new WorkflowResponse(fair)
})
