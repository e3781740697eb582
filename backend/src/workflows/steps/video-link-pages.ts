/** The cached pages that show a video link: its product's (page, producer, province), its fair's or its campaign's. */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CACHE_TAGS, tagsOfFair, tagsOfProduct } from "@ocop/domain/cache-tags"

export const videoLinkPagesStep = createStep(
  "video-link-pages",
  async (input: { product_id?: string | null; fair_id?: string | null; trade_campaign_id?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const tags: string[] = []
    if (input.product_id) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["handle", "producer.handle", "producer.province_code"],
        filters: { id: input.product_id },
      })
      const product = data[0] as { handle: string; producer?: { handle: string; province_code: string } | null } | undefined
      if (product) tags.push(...tagsOfProduct(product))
    }
    if (input.fair_id) {
      const { data } = await query.graph({ entity: "fair", fields: ["handle"], filters: { id: input.fair_id } })
      const fair = data[0] as { handle: string } | undefined
      if (fair) tags.push(...tagsOfFair(fair))
    }
    // A campaign's page is cached under the one tag every campaign shares.
    if (input.trade_campaign_id) tags.push(CACHE_TAGS.campaigns)
    return new StepResponse(tags)
  },
)
