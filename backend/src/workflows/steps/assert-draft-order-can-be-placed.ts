import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertCanBeOrdered } from "../../lib/buying-rules"

/** The buying rules a cart meets when it is completed, met by a draft order before it is placed. */
export const assertDraftOrderCanBePlacedStep = createStep(
  "assert-draft-order-can-be-placed",
  async ({ id }: { id: string }, { container }) => {
    await assertCanBeOrdered(container, { entity: "order", id })
  },
)
