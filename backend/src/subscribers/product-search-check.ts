import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework/subscribers"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_CHECK_REQUESTED } from "../events"
import { rebuildProductSearchWorkflow } from "../workflows/rebuild-product-search"

/** When a worker starts (or a write finds no index), rebuilds the search index if it is missing or out of step. */
export default async function checkProductSearch({ event, container }: SubscriberArgs<{ reason: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await rebuildProductSearchWorkflow(container).run({ input: { force: false } })
  if (result.reason) {
    logger.info(
      `Product search index rebuilt (${result.reason}, checked on ${event.data.reason}): ` +
        `${result.documents} products in ${(result.duration_ms / 1000).toFixed(1)} s.`
    )
  }
}

export const config: SubscriberConfig = {
  event: PRODUCT_SEARCH_CHECK_REQUESTED,
  context: { subscriberId: "product-search-check" },
}
