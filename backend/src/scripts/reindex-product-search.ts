import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"
import { rebuildProductSearchWorkflow } from "../workflows/rebuild-product-search"

/**
 * `npm run search:reindex --workspace @ocop/backend` (medusa exec): builds the product search index
 * and its Postgres copy again from the whole catalogue and swaps it in; searches keep working while
 * it runs. Without MEILISEARCH_HOST it rebuilds the Postgres copy alone.
 */
export default async function reindexProductSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search: ProductSearchModuleService = container.resolve(PRODUCT_SEARCH_MODULE)
  const { result } = await rebuildProductSearchWorkflow(container).run({ input: { force: true } })
  const seconds = result.duration_ms / 1000
  logger.info(
    `Product search ${search.isEnabled ? `index "${search.indexUid}" and its Postgres copy` : "Postgres copy"} rebuilt: ${result.documents} products in ${seconds.toFixed(1)} s ` +
      `(${Math.round(result.documents / Math.max(seconds, 0.001))} documents/s).`
  )
}
