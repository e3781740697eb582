import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"
import { todayTimestamp } from "../lib/product-search-documents"
import { syncProductSearchWorkflow } from "../workflows/sync-product-search"

/**
 * A certificate expires with the day, not with an event: each night the products whose
 * certificate ran out are synced again, so they lose their star in search as on their page.
 */
export default async function refreshProductSearchCertifications(container: MedusaContainer) {
  const search: ProductSearchModuleService = container.resolve(PRODUCT_SEARCH_MODULE)
  const expired = await search.listExpiredCertifications(todayTimestamp())
  for (let start = 0; start < expired.length; start += 500) {
    await syncProductSearchWorkflow(container).run({ input: { product_ids: expired.slice(start, start + 500) } })
  }
}

export const config = {
  name: "refresh-product-search-certifications",
  // 00:05 in Vietnam (UTC+7), the first minutes of the day a certificate is no longer valid.
  schedule: "5 17 * * *",
}
