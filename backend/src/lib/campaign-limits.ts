/**
 * A campaign's limit per buyer, held when a cart becomes an order (hooks/buying-rules.ts): each
 * campaign whose discount the cart carries counts one more order of the buyer (a guest's too: a
 * guest's cart has a guest customer of its email) in one atomic statement, and a buyer already at
 * the limit is refused with a sentence. The count is taken back if the checkout fails after it.
 * Medusa's own spend budget (the promotion's campaign) holds the campaign's total budget, under
 * the row lock its registerUsage takes.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/domain/errors"
import { TRADE_CAMPAIGN_MODULE } from "../modules/trade-campaign"
import type TradeCampaignModuleService from "../modules/trade-campaign/service"

export type CampaignBuyerClaim = { campaign_id: string; customer_id: string }

type CartWithAdjustments = { customer_id?: string | null; items?: ({ adjustments?: ({ promotion_id?: string | null } | null)[] | null } | null)[] | null }
type LimitedPromotion = { id: string; trade_campaign?: { id: string; name_vi: string; per_buyer_limit?: number | null } | null }

export async function releaseCampaignBuyerOrders(container: MedusaContainer, claims: readonly CampaignBuyerClaim[]) {
  const campaigns = container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
  for (const claim of claims) await campaigns.releaseBuyerOrder(claim.campaign_id, claim.customer_id)
}

export async function claimCampaignBuyerOrders(container: MedusaContainer, cartId: string): Promise<CampaignBuyerClaim[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["customer_id", "items.adjustments.promotion_id"], filters: { id: cartId } })
  const cart = carts[0] as CartWithAdjustments | undefined
  const promotionIds = [
    ...new Set((cart?.items ?? []).flatMap((item) => (item?.adjustments ?? []).map((adjustment) => adjustment?.promotion_id)).filter((id): id is string => !!id)),
  ]
  if (!cart?.customer_id || !promotionIds.length) return []
  const { data: promotions } = await query.graph({
    entity: "promotion",
    fields: ["id", "trade_campaign.id", "trade_campaign.name_vi", "trade_campaign.per_buyer_limit"],
    filters: { id: promotionIds },
  })
  const campaigns = container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
  const claims: CampaignBuyerClaim[] = []
  for (const promotion of promotions as unknown as LimitedPromotion[]) {
    const campaign = promotion.trade_campaign
    if (!campaign?.per_buyer_limit) continue
    const claim = { campaign_id: campaign.id, customer_id: cart.customer_id }
    if (!(await campaigns.claimBuyerOrder(claim.campaign_id, claim.customer_id, campaign.per_buyer_limit))) {
      await releaseCampaignBuyerOrders(container, claims)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `You have already placed ${campaign.per_buyer_limit} order(s) with the discount of "${campaign.name_vi}", its limit per buyer: remove its products from the cart to buy at the usual price.`,
        ERROR_CODES.campaignLimitReached,
      )
    }
    claims.push(claim)
  }
  return claims
}
