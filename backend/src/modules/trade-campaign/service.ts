import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import TradeCampaign from "./models/trade-campaign"
import TradeCampaignBuyer from "./models/trade-campaign-buyer"

/** The shop's campaigns with what their budgets gave, and each buyer's count of orders with a campaign's discount. */
class TradeCampaignModuleService extends MedusaService({ TradeCampaign, TradeCampaignBuyer }) {
  /**
   * Counts one more order of this buyer with the campaign's discount, unless it already has `limit`:
   * one statement, so two checkouts of the same buyer at once cannot both take the last one.
   * Whether it was counted.
   */
  @InjectTransactionManager()
  async claimBuyerOrder(campaignId: string, customerId: string, limit: number, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as EntityManager
    const rows: unknown[] = await manager.execute(
      `insert into trade_campaign_buyer (id, campaign_id, customer_id, orders)
       values (?, ?, ?, 1)
       on conflict (campaign_id, customer_id) where deleted_at is null do update set orders = trade_campaign_buyer.orders + 1, updated_at = now()
         where trade_campaign_buyer.orders < ?
       returning orders`,
      [generateEntityId(undefined, "tcbuy"), campaignId, customerId, limit],
    )
    return rows.length > 0
  }

  /**
   * Takes `amount` đồng of discount from the campaign's budget, unless that would pass it: one
   * statement, so of twenty checkouts at once only those the budget covers get it. Whether it was taken.
   */
  @InjectTransactionManager()
  async claimBudget(campaignId: string, amount: number, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as EntityManager
    const rows: unknown[] = await manager.execute(
      `update trade_campaign set budget_spent = budget_spent + ?, updated_at = now()
       where id = ? and deleted_at is null and (budget is null or budget_spent + ? <= budget)
       returning budget_spent`,
      [amount, campaignId, amount],
    )
    return rows.length > 0
  }

  /** Gives back to the budget what claimBudget took (its checkout failed after it). */
  @InjectTransactionManager()
  async releaseBudget(campaignId: string, amount: number, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    const manager = sharedContext.transactionManager as EntityManager
    await manager.execute("update trade_campaign set budget_spent = greatest(budget_spent - ?, 0), updated_at = now() where id = ?", [amount, campaignId])
  }

  /** Takes back an order counted by claimBuyerOrder (its checkout failed after it). */
  @InjectTransactionManager()
  async releaseBuyerOrder(campaignId: string, customerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    const manager = sharedContext.transactionManager as EntityManager
    await manager.execute(
      "update trade_campaign_buyer set orders = greatest(orders - 1, 0), updated_at = now() where campaign_id = ? and customer_id = ?",
      [campaignId, customerId],
    )
  }
}

export default TradeCampaignModuleService
