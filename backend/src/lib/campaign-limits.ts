/**
 * A campaign's limit per buyer and its budget, held when a cart becomes an order
 * (hooks/buying-rules.ts), before the order exists: each campaign whose discount the cart carries
 * counts one more order of the buyer (a guest's too: a guest's cart has a guest customer of its
 * email) and takes the cart's discount from its budget, each in one atomic statement, so of many
 * checkouts at once only those the limit and the budget cover go on; the others are refused with
 * a sentence and leave no order behind. What was taken is given back if the checkout fails after.
 * A cart that still carries the discount of a campaign that has ended since (Medusa computes a
 * cart's promotions when it changes, not when it is completed) is refused too, so an ended
 * campaign gives no more discounts.
 * (Medusa's own spend budget on the promotion's campaign is counted only once the order exists,
 * and a checkout it refuses there has an order to undo: it stays, so the promotion stops applying
 * to carts once the budget is spent, but it is no longer what holds the budget.)
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isCampaignLive } from "@ocop/domain/campaigns"
import { ERROR_CODES } from "@ocop/domain/errors"
import { TRADE_CAMPAIGN_MODULE } from "../modules/trade-campaign"
import type TradeCampaignModuleService from "../modules/trade-campaign/service"

/** What a checkout took from a campaign: one order of its buyer's limit, and whole đồng of its budget. */
export type CampaignClaim = { campaign_id: string; customer_id: string | null; amount: number }

type CartWithAdjustments = {
  customer_id?: string | null
  items?: ({ adjustments?: ({ promotion_id?: string | null; amount?: unknown } | null)[] | null } | null)[] | null
}
type LimitedPromotion = {
  id: string
  trade_campaign?: { id: string; name_vi: string; starts_at: Date | string; ends_at: Date | string; per_buyer_limit?: number | null; budget?: number | null } | null
}

export async function releaseCampaignClaims(container: MedusaContainer, claims: readonly CampaignClaim[]) {
  const campaigns = container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
  for (const claim of claims) {
    if (claim.customer_id) await campaigns.releaseBuyerOrder(claim.campaign_id, claim.customer_id)
    if (claim.amount > 0) await campaigns.releaseBudget(claim.campaign_id, claim.amount)
  }
}

/** The cart's discount per promotion, in whole đồng. */
function discountsByPromotion(cart: CartWithAdjustments): Map<string, number> {
  const discounts = new Map<string, number>()
  for (const adjustment of (cart.items ?? []).flatMap((item) => item?.adjustments ?? [])) {
    if (!adjustment?.promotion_id) continue
    discounts.set(adjustment.promotion_id, (discounts.get(adjustment.promotion_id) ?? 0) + Math.round(Number(adjustment.amount ?? 0)))
  }
  return discounts
}

export async function claimCampaignTerms(container: MedusaContainer, cartId: string): Promise<CampaignClaim[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["customer_id", "items.adjustments.promotion_id", "items.adjustments.amount"],
    filters: { id: cartId },
  })
  const cart = carts[0] as CartWithAdjustments | undefined
  const discounts = cart ? discountsByPromotion(cart) : new Map<string, number>()
  if (!cart || discounts.size === 0) return []
  const { data: promotions } = await query.graph({
    entity: "promotion",
    fields: [
      "id",
      "trade_campaign.id",
      "trade_campaign.name_vi",
      "trade_campaign.starts_at",
      "trade_campaign.ends_at",
      "trade_campaign.per_buyer_limit",
      "trade_campaign.budget",
    ],
    filters: { id: [...discounts.keys()] },
  })
  const campaigns = container.resolve<TradeCampaignModuleService>(TRADE_CAMPAIGN_MODULE)
  const claims: CampaignClaim[] = []
  const refuse = async (claim: CampaignClaim, message: string, code: string): Promise<never> => {
    await releaseCampaignClaims(container, [...claims, claim])
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message, code)
  }
  for (const promotion of promotions as unknown as LimitedPromotion[]) {
    const campaign = promotion.trade_campaign
    if (!campaign) continue
    const claim: CampaignClaim = { campaign_id: campaign.id, customer_id: null, amount: 0 }
    if (!isCampaignLive(campaign)) {
      await refuse(
        claim,
        `"${campaign.name_vi}" has ended, so this order cannot have its discount: change the cart (its total then goes back to the usual price) and place the order again.`,
        ERROR_CODES.campaignEnded,
      )
    }
    if (!campaign.per_buyer_limit && !campaign.budget) continue
    if (campaign.per_buyer_limit && cart.customer_id) {
      if (!(await campaigns.claimBuyerOrder(campaign.id, cart.customer_id, campaign.per_buyer_limit))) {
        await refuse(
          claim,
          `You have already placed ${campaign.per_buyer_limit} order(s) with the discount of "${campaign.name_vi}", its limit per buyer: remove its products from the cart to buy at the usual price.`,
          ERROR_CODES.campaignLimitReached,
        )
      }
      claim.customer_id = cart.customer_id
    }
    const amount = discounts.get(promotion.id) ?? 0
    if (campaign.budget && amount > 0) {
      if (!(await campaigns.claimBudget(campaign.id, amount))) {
        await refuse(
          claim,
          `The discount of "${campaign.name_vi}" has used up its budget, so this order cannot have it: change the cart (its total then goes back to the usual price) and place the order again.`,
          ERROR_CODES.campaignBudgetSpent,
        )
      }
      claim.amount = amount
    }
    claims.push(claim)
  }
  return claims
}
